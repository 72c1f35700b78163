package org.kogge.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.EventPart;

/** The record that a person got (or, having switched reminders off, was passed over for) an event's reminder. */
@Entity
@Table(name = "event_reminder")
class EventReminder extends EventPart {

    @Column(nullable = false)
    private long personId;

    @Column(nullable = false)
    private Instant sentAt;

    protected EventReminder() {
    }

    EventReminder(long eventId, long personId, Instant sentAt) {
        super(eventId);
        this.personId = personId;
        this.sentAt = sentAt;
    }

    long getPersonId() {
        return personId;
    }
}
