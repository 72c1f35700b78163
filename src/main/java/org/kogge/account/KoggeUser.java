package org.kogge.account;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, with the person's id and display name. */
public class KoggeUser extends User {

    private final long personId;
    private final String displayName;

    public KoggeUser(long personId, String email, String passwordHash, String displayName,
                     Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, authorities);
        this.personId = personId;
        this.displayName = displayName;
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }
}
