package org.kogge.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.GeneratedId;

/**
 * One mail of the outbox: the complete MIME message as it goes out, and its way there. A mail queued as a
 * {@link MailIntent} has no bodies and no MIME until the sender renders it ({@link #rendered}).
 */
@Entity
@Table(name = "outbox_mail")
class OutboxMail extends GeneratedId {

    /** Longest error text kept (the column's size). */
    static final int MAX_ERROR = 1000;
    /** A length beyond MEDIUMBLOB's, so that Hibernate expects the migration's LONGBLOB on MariaDB. */
    static final int LONGBLOB = 100_000_000;

    @Column(nullable = false)
    private String kind;

    private Long personId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    private String textBody;

    private String htmlBody;

    @Lob
    @Column(length = OutboxMail.LONGBLOB)
    private byte[] mime;

    /** The values a mail queued as an intent must state, until it is rendered. */
    @Column(length = MailIntent.MAX_VALUES)
    private String intent;

    @Column(nullable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailState state = MailState.QUEUED;

    private boolean captured;

    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private String lastError;

    private Instant sentAt;

    @Column(nullable = false)
    private Instant createdAt;

    protected OutboxMail() {
    }

    OutboxMail(Mail mail, String messageId, byte[] mime, Instant now) {
        this.kind = mail.kind();
        this.personId = mail.personId();
        this.recipient = mail.recipient();
        this.language = mail.language().getLanguage();
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.messageId = messageId;
        this.mime = mime;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    String getKind() { return kind; }
    Long getPersonId() { return personId; }
    String getRecipient() { return recipient; }
    String getLanguage() { return language; }
    String getSubject() { return subject; }
    String getTextBody() { return textBody; }
    String getHtmlBody() { return htmlBody; }
    byte[] getMime() { return mime; }
    String getMessageId() { return messageId; }
    MailState getState() { return state; }
    boolean isCaptured() { return captured; }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    String getLastError() { return lastError; }
    Instant getSentAt() { return sentAt; }
    Instant getCreatedAt() { return createdAt; }

    /** Whether the mail still waits to be rendered from its intent. */
    boolean awaitsRendering() {
        return mime == null;
    }

    /** The intent this mail was queued as (recipient, language and subject as the change wrote them). */
    MailIntent toIntent() {
        return new MailIntent(kind, personId, recipient, java.util.Locale.forLanguageTag(language), subject, intent);
    }

    /** Rendered by the sender: from now on every attempt sends these bytes. */
    void rendered(Mail mail, byte[] renderedMime) {
        textBody = mail.text();
        htmlBody = mail.html();
        mime = renderedMime;
    }

    /** Claimed by a sender: the attempt counts now, and the mail is due again after the back-off should it die. */
    void claim(Instant retryAt) {
        state = MailState.SENDING;
        attempts++;
        nextAttemptAt = retryAt;
    }

    void sent(Instant now, boolean capturedOnly) {
        state = MailState.SENT;
        captured = capturedOnly;
        sentAt = now;
        lastError = null;
    }

    /** The attempt failed: queued again for {@code retryAt}, or FAILED when {@code giveUp}. */
    void attemptFailed(String error, Instant retryAt, boolean giveUp) {
        lastError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        state = giveUp ? MailState.FAILED : MailState.QUEUED;
        nextAttemptAt = retryAt;
    }

    /** An admin's "send again" of a failed mail: a fresh round of attempts, as the same message. */
    void requeue(Instant now) {
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }
}
