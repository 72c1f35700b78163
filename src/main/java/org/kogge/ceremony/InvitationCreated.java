package org.kogge.ceremony;

/** A guest was invited to a ceremony (one event per guest, also for a pasted list). Published in the inviting transaction. */
public record InvitationCreated(long eventId, long invitationId) {
}
