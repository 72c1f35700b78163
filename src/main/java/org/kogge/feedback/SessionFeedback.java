package org.kogge.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.kogge.common.GeneratedId;

/** One person's feedback on one session: a rating from 1 to 5, an optional comment, and when it was last given. */
@Entity
@Table(name = "session_feedback")
class SessionFeedback extends GeneratedId {

    @Column(nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private long eventId;

    @Column(nullable = false)
    private long personId;

    @Column(nullable = false)
    private int rating;

    private String comment;

    @Column(nullable = false)
    private Instant givenAt;

    protected SessionFeedback() {
    }

    SessionFeedback(long sessionId, long eventId, long personId) {
        this.sessionId = sessionId;
        this.eventId = eventId;
        this.personId = personId;
    }

    /** Gives (or changes) the feedback: {@code comment} is {@code null} for none. */
    void give(int rating, String comment, Instant now) {
        this.rating = rating;
        this.comment = comment;
        this.givenAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    long getSessionId() { return sessionId; }
    int getRating() { return rating; }
    String getComment() { return comment; }
    Instant getGivenAt() { return givenAt; }
}
