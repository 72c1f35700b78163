package org.kogge.registration;

import org.jmolecules.event.annotation.DomainEvent;

/** A person took a seat at an event by registering. Published in the registering transaction; heard after commit. */
@DomainEvent
public record PersonRegistered(long eventId, long personId) {
}
