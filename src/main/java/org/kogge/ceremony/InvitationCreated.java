package org.kogge.ceremony;

import org.jmolecules.event.annotation.DomainEvent;

/** A guest was invited to a ceremony (one event per guest, also for a pasted list). Published in the inviting transaction. */
@DomainEvent
public record InvitationCreated(long eventId, long invitationId) {
}
