package org.kogge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Whether an event's schedule is public, and when anything in it last changed (for ETags and "changes since"). */
@Entity
@Table(name = "schedule_state")
public class ScheduleState {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    private Instant publishedAt;
    private Instant changedAt;

    @Version
    private long version;

    protected ScheduleState() {
    }

    ScheduleState(long eventId, Instant now) {
        this.eventId = eventId;
        this.changedAt = now;
    }

    public Long getEventId() { return eventId; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getChangedAt() { return changedAt; }

    public boolean isPublished() {
        return publishedAt != null;
    }

    void publish(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
        changedAt = now;
    }

    void unpublish(Instant now) {
        publishedAt = null;
        changedAt = now;
    }

    void changed(Instant now) {
        changedAt = now;
    }
}
