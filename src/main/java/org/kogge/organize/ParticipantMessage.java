package org.kogge.organize;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.EventPart;

/** The record of a message an organizer sent to an event's participants. */
@Entity
@Table(name = "participant_message")
class ParticipantMessage extends EventPart {

    /** {@code null} once the sender's account is deleted. */
    private Long senderId;

    @Column(nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Column(nullable = false, length = MessageForm.SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(nullable = false)
    private int recipients;

    protected ParticipantMessage() {
    }

    ParticipantMessage(long eventId, long senderId, Instant sentAt, MessageForm form, int recipients) {
        super(eventId);
        this.senderId = senderId;
        this.sentAt = sentAt;
        this.audience = form.getAudience();
        this.subject = form.getSubject();
        this.body = form.getText();
        this.recipients = recipients;
    }

    Long getSenderId() { return senderId; }
    Instant getSentAt() { return sentAt; }
    Audience getAudience() { return audience; }
    String getSubject() { return subject; }
    String getBody() { return body; }
    int getRecipients() { return recipients; }
}
