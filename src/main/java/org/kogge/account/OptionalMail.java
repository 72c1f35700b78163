package org.kogge.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * The mails a person may switch off ("People decide"): confirmations, password resets and seat changes always go,
 * these only while wanted. {@code slug} names the kind in one-click unsubscribe links.
 */
public enum OptionalMail {

    /** Digests of moved, cancelled or restored sessions. */
    CHANGES("changes"),
    /** The reminder the day before an event. */
    REMINDERS("reminders"),
    /** What organizers write to their participants. */
    MESSAGES("messages");

    private final String slug;

    OptionalMail(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<OptionalMail> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
