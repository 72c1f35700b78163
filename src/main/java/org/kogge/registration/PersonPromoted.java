package org.kogge.registration;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A waitlisted person got a seat: a seat was freed, the capacity raised, or an organizer promoted them. Published
 * in the changing transaction; heard after commit.
 */
@DomainEvent
public record PersonPromoted(long eventId, long personId) {
}
