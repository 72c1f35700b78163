package org.kogge.ceremony;

import org.jmolecules.event.annotation.DomainEvent;

/** An organizer revoked a guest's invitation link: the guest leaves the lists. Published only when it changed. */
@DomainEvent
public record InvitationRevoked(long eventId, long invitationId) {
}
