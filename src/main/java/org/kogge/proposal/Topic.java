package org.kogge.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic the organizer predefines for a barcamp, e.g. "Smart Water" or "Klimaanpassung". */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    private String name;

    protected Topic() {
    }

    Topic(long eventId, String name) {
        this.eventId = eventId;
        this.name = name;
    }

    public Long getId() { return id; }
    public long getEventId() { return eventId; }
    public String getName() { return name; }
}
