package org.kogge.schedule;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/** An event's schedule became public. Published in the publishing transaction; heard after commit. */
@DomainEvent
public record SchedulePublished(long eventId, Instant publishedAt) {
}
