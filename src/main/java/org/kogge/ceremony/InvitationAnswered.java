package org.kogge.ceremony;

import org.jmolecules.event.annotation.DomainEvent;

/** A guest answered (or changed the answer to) an invitation: the new answer and companions (0 unless accepted). */
@DomainEvent
public record InvitationAnswered(long eventId, long invitationId, RsvpStatus answer, int companions) {
}
