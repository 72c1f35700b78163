package org.kogge.registration;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A person's registration ended: they cancelled it, or an organizer removed them ({@code byOrganizer}).
 * {@code hadSeat}: they held a seat (not a waitlist place). Published in the changing transaction; heard after
 * commit.
 */
@DomainEvent
public record RegistrationCancelled(long eventId, long personId, boolean hadSeat, boolean byOrganizer) {

    /** Cancelled by the person themselves. */
    public RegistrationCancelled(long eventId, long personId, boolean hadSeat) {
        this(eventId, personId, hadSeat, false);
    }
}
