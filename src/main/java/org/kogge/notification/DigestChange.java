package org.kogge.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.EventPart;

/**
 * A change of a published programme waiting for the next digest mail of its event. The title, room and times are
 * copied as they were right after the change, so that the mail tells what people saw then, whatever came later.
 */
@Entity
@Table(name = "schedule_digest_change")
class DigestChange extends EventPart {

    /** What happened to the session, and the message that tells it (title, time, room). */
    enum Kind {
        MOVED("notification.digest.moved"),
        CANCELLED("notification.digest.cancelled"),
        RESTORED("notification.digest.restored");

        final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    @Column(nullable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 200)
    private String room;

    private Instant startsAt;

    private Instant endsAt;

    @Column(nullable = false)
    private Instant changedAt;

    private Instant sentAt;

    protected DigestChange() {
    }

    DigestChange(long eventId, long sessionId, Kind kind, String title, String room, Instant startsAt,
                 Instant endsAt, Instant changedAt) {
        super(eventId);
        this.sessionId = sessionId;
        this.kind = kind;
        this.title = title;
        this.room = room;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.changedAt = changedAt;
    }

    long getSessionId() {
        return sessionId;
    }

    Kind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getRoom() {
        return room;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }
}
