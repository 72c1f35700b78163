package org.kogge.schedule;

import java.time.Instant;

/** An event's schedule became public. Published in the publishing transaction; heard after commit. */
public record SchedulePublished(long eventId, Instant publishedAt) {
}
