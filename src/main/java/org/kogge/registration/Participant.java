package org.kogge.registration;

import java.time.Instant;

/** A row of the organizer's participant list. */
public record Participant(long personId, String displayName, String email, String organisation, String city,
                          RegistrationStatus status, long waitlistPosition, Instant joinedAt, boolean publicName) {
}
