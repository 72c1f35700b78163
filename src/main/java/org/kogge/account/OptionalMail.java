package org.kogge.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * The mails a person may switch off ("People decide"): confirmations, password resets and seat changes always go,
 * these only while wanted. {@code slug} names the kind in one-click unsubscribe links.
 */
public enum OptionalMail {

    /** Digests of moved, cancelled or restored sessions. */
    CHANGES("changes", "account.mail.changes"),
    /** The reminder the day before an event. */
    REMINDERS("reminders", "account.mail.reminders"),
    /** What organizers write to their participants. */
    MESSAGES("messages", "account.mail.messages");

    private final String slug;
    private final String messageKey;

    OptionalMail(String slug, String messageKey) {
        this.slug = slug;
        this.messageKey = messageKey;
    }

    public String slug() {
        return slug;
    }

    /** The message key of the kind's name, as the account page and the unsubscribe page show it. */
    public String messageKey() {
        return messageKey;
    }

    public static Optional<OptionalMail> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
