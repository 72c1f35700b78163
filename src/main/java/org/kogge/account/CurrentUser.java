package org.kogge.account;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: read from Spring Security's context, for services' access checks. */
@Component
public class CurrentUser {

    private final PersonRepository people;

    CurrentUser(PersonRepository people) {
        this.people = people;
    }

    public Optional<KoggeUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return auth.getPrincipal() instanceof KoggeUser user ? Optional.of(user) : Optional.empty();
    }

    public Optional<Long> id() {
        return get().map(KoggeUser::personId);
    }

    /** The caller's id; an anonymous caller is refused. */
    public long requireId() {
        return id().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("login required"));
    }

    /**
     * The caller's id, if their address is confirmed (double opt-in): what needs one (registering, proposing,
     * voting) is refused with a message saying why otherwise. An anonymous caller is refused as by {@link #requireId}.
     */
    public long requireConfirmedId() {
        long id = requireId();
        if (!people.isEmailConfirmed(id)) {
            throw new org.kogge.common.InvalidInputException(null, "account.confirm.required");
        }
        return id;
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority())))
                .orElse(false);
    }
}
