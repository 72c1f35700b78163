package org.kogge.archive;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A documented session in the archive: its title and page ({@code eventSlug}, {@code sessionId}), its event (title,
 * start in the event's {@code zone}, host city), its hosts' names and a plain-text excerpt of its materials.
 */
public record ArchiveEntry(long sessionId, String title, String eventSlug, String eventTitle, Instant eventStartsAt,
                           ZoneId zone, String hostCity, List<String> hostNames, String excerpt) {
}
