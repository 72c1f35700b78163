package org.kogge.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row that belongs to one event has: its own generated id and the event's id. The feeds' change stamps
 * ({@link org.kogge.common.feed.ChangeStampListener}) find the event through this {@code eventId} property, so an
 * entity that extends this class moves its own event's stamp, never all of them.
 */
@MappedSuperclass
public abstract class EventPart extends GeneratedId {

    @Column(name = "event_id", nullable = false)
    private long eventId;

    protected EventPart() {
    }

    protected EventPart(long eventId) {
        this.eventId = eventId;
    }

    public long getEventId() { return eventId; }
}
