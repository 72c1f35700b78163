package org.kogge.registration;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A person is on an event's waitlist: they registered while it was full, or an organizer moved them there from
 * their seat ({@code byOrganizer}). Published in the changing transaction; heard after commit.
 */
@DomainEvent
public record PersonWaitlisted(long eventId, long personId, boolean byOrganizer) {

    /** Joined the waitlist by registering. */
    public PersonWaitlisted(long eventId, long personId) {
        this(eventId, personId, false);
    }
}
