package org.kogge.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * Whom a mail goes to: the account it belongs to ({@code personId}, null for a guest without one), the address, the
 * name to greet them with (null: a greeting without a name) and the language to write in.
 */
public record MailTo(Long personId, String address, String name, Locale language) {

    public MailTo {
        Objects.requireNonNull(address);
        Objects.requireNonNull(language);
    }
}
