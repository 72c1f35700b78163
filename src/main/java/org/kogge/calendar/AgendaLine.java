package org.kogge.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One line of my agenda: a session I starred or host ({@code sessionId} set; {@code hosting} if I host or co-host
 * it) or an event I registered for. {@code where} is the room (sessions) or the venue (events); {@code overlapsWith}
 * names the other entries at the same time (a session never counts as overlapping the event it belongs to; cancelled
 * entries overlap nothing).
 */
public record AgendaLine(String eventSlug, String eventTitle, Long sessionId, String title, Instant startsAt,
                         Instant endsAt, ZoneId zone, String where, List<String> hosts, boolean cancelled,
                         boolean waitlisted, boolean hosting, List<String> overlapsWith) {

    public boolean isSession() {
        return sessionId != null;
    }

    public boolean overlaps() {
        return !overlapsWith.isEmpty();
    }

    AgendaLine withOverlaps(List<String> others) {
        return new AgendaLine(eventSlug, eventTitle, sessionId, title, startsAt, endsAt, zone, where, hosts, cancelled,
                waitlisted, hosting, List.copyOf(others));
    }
}
