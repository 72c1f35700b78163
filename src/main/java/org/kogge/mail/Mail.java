package org.kogge.mail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail composed by {@link MailComposer}, ready for {@link MailOutbox#enqueue}: text and HTML are final, escaped
 * where needed; {@code kind} names what caused it (for the admin page), {@code personId} whom it belongs to when
 * it goes to an account (their mails go when the account goes); {@code unsubscribeUrl}, for mails a person may
 * switch off, the address that does it with one click (RFC 8058), else null.
 */
public record Mail(String kind, Long personId, String recipient, String recipientName, Locale language,
                   String subject, String text, String html, List<MailAttachment> attachments, String unsubscribeUrl) {

    /** A mail that always goes (no unsubscribe). */
    public Mail(String kind, Long personId, String recipient, String recipientName, Locale language, String subject,
                String text, String html, List<MailAttachment> attachments) {
        this(kind, personId, recipient, recipientName, language, subject, text, html, attachments, null);
    }

    public Mail {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
        attachments = List.copyOf(attachments);
    }

    /** The same mail under another subject (one line, as every header). */
    public Mail withSubject(String newSubject) {
        return new Mail(kind, personId, recipient, recipientName, language, MailText.header(newSubject), text, html,
                attachments, unsubscribeUrl);
    }

    public Mail with(MailAttachment attachment) {
        List<MailAttachment> more = new java.util.ArrayList<>(attachments);
        more.add(attachment);
        return new Mail(kind, personId, recipient, recipientName, language, subject, text, html, more, unsubscribeUrl);
    }
}
