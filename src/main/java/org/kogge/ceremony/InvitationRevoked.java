package org.kogge.ceremony;

/** An organizer revoked a guest's invitation link: the guest leaves the lists. Published only when it changed. */
public record InvitationRevoked(long eventId, long invitationId) {
}
