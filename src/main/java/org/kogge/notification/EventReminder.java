package org.kogge.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record that a person got (or, having switched reminders off, was passed over for) an event's reminder. */
@Entity
@Table(name = "event_reminder")
class EventReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long eventId;

    @Column(nullable = false)
    private long personId;

    @Column(nullable = false)
    private Instant sentAt;

    protected EventReminder() {
    }

    EventReminder(long eventId, long personId, Instant sentAt) {
        this.eventId = eventId;
        this.personId = personId;
        this.sentAt = sentAt;
    }

    long getPersonId() {
        return personId;
    }
}
