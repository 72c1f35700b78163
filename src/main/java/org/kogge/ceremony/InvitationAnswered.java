package org.kogge.ceremony;

/** A guest answered (or changed the answer to) an invitation: the new answer and companions (0 unless accepted). */
public record InvitationAnswered(long eventId, long invitationId, RsvpStatus answer, int companions) {
}
