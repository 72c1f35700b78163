package org.kogge.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One event with everything its page shows. {@code descriptionHtml} is already sanitized; {@code canEdit}
 * tells whether the caller is one of its organizers or an admin; {@code icalSequence} is the iCal SEQUENCE.
 */
public record EventDetails(Long id, String slug, String title, EventKind kind, EventState state, String teaser,
                           String description, String descriptionHtml, Long hostCityId, String hostCity,
                           String venueName, String venueAddress, Instant startsAt, Instant endsAt, ZoneId zone,
                           Integer capacity, Instant registrationOpensAt, Instant registrationClosesAt,
                           List<String> organizers, Instant updatedAt, boolean canEdit,
                           int icalSequence) {
}
