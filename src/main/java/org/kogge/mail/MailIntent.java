package org.kogge.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail as the change that causes it writes it: whom it goes to, in which language, under which subject, and the
 * values it must state as they are at the change ({@code values}, e.g. the event and a waitlist position, in the
 * form its {@link MailRenderer} reads). The sender renders text, HTML and attachments from it when it delivers, so
 * a change that mails 500 people writes 500 small rows instead of 500 MIME messages.
 *
 * <p>The subject is written with the intent, so that the admins' mail page and a person's data export show what
 * the mail is about before it is rendered.
 */
public record MailIntent(String kind, Long personId, String recipient, Locale language, String subject,
                         String values) {

    /** Longest {@code values} (the column's size). */
    public static final int MAX_VALUES = 500;

    public MailIntent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        subject = MailText.header(Objects.requireNonNull(subject));
        Objects.requireNonNull(values);
        if (values.length() > MAX_VALUES) {
            throw new IllegalArgumentException("intent values longer than " + MAX_VALUES + ": " + values);
        }
    }
}
