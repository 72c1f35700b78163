package org.kogge.registration;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A person's registration ended: they cancelled it, or an organizer removed them. {@code hadSeat}: they held a seat
 * (not a waitlist place). Published in the changing transaction; heard after commit.
 */
@DomainEvent
public record RegistrationCancelled(long eventId, long personId, boolean hadSeat) {
}
