package org.kogge.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.kogge.common.EventPart;

/** A topic the organizer predefines for a barcamp, e.g. "Smart Water" or "Klimaanpassung". */
@Entity
@Table(name = "topic")
public class Topic extends EventPart {

    private String name;

    protected Topic() {
    }

    Topic(long eventId, String name) {
        super(eventId);
        this.name = name;
    }

    public String getName() { return name; }
}
