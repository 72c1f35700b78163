package org.kogge.event;

import java.time.Instant;
import java.time.ZoneId;

/** An event in a list: what the public list and the organizer's list show. */
public record EventSummary(Long id, String slug, String title, EventKind kind, EventState state, String hostCity,
                           String venueName, Instant startsAt, Instant endsAt, String timeZone, String teaser) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Over at {@code now}: it has ended. */
    public boolean isPast(Instant now) {
        return !endsAt.isAfter(now);
    }
}
