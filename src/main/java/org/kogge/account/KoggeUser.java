package org.kogge.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Spring Security's user, with the person's id, display name and remembered language (the one they last chose with
 * the switch, else the one they signed up in), as it was when they logged in.
 */
public class KoggeUser extends User {

    private final long personId;
    private final String displayName;
    private final Locale language;

    public KoggeUser(long personId, String email, String passwordHash, String displayName,
                     Collection<? extends GrantedAuthority> authorities) {
        this(personId, email, passwordHash, displayName, null, authorities);
    }

    /** @param language the person's remembered language, {@code null} if none */
    public KoggeUser(long personId, String email, String passwordHash, String displayName, Locale language,
                     Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, authorities);
        this.personId = personId;
        this.displayName = displayName;
        this.language = language;
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    /** The language the person chose (or signed up in), if any: their pages follow it when no cookie says else. */
    public Optional<Locale> language() {
        return Optional.ofNullable(language);
    }
}
