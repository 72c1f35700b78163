package org.kogge.account;

import java.util.Set;

/** A person as views see them; never carries the password hash. */
public record PersonDto(Long id, String displayName, String email, String organisation, Long cityId, String cityName,
                        Set<Role> roles) {

    static PersonDto of(Person p) {
        return new PersonDto(p.getId(), p.getDisplayName(), p.getEmail(), p.getOrganisation(),
                p.getCity() == null ? null : p.getCity().getId(),
                p.getCity() == null ? null : p.getCity().getName(), p.getRoles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
