package org.kogge.account;

import org.kogge.common.Texts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people for Spring Security by their (normalised) email; see {@link LoginThrottle} for failed logins. */
@Service
public class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    public PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = Texts.normalizeEmail(username);
        Person p = email == null ? null : people.findByEmail(email).orElse(null);
        if (p == null || p.isDeleted() || p.getPasswordHash() == null) {
            throw new UsernameNotFoundException("unknown");
        }
        return new KoggeUser(p.getId(), p.getEmail(), p.getPasswordHash(), p.getDisplayName(),
                org.kogge.common.Languages.chosen(p.getPreferredLocale()).orElse(null),
                p.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
