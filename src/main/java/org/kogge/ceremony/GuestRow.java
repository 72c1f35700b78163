package org.kogge.ceremony;

import java.time.Instant;

/**
 * One guest in the organizer's list; {@code link} is the personal invitation link (a secret: organizers only),
 * {@code mail} what became of the invitation mail.
 */
public record GuestRow(long id, String name, String email, String organisation, GuestRole role, RsvpStatus rsvp,
                       int companions, String note, Instant respondedAt, Instant checkedInAt, Instant revokedAt,
                       String link, InvitationMailState mail) {
}
