package org.kogge.schedule;

import java.time.Instant;
import java.util.List;
import org.kogge.event.EventRef;

/**
 * An event's whole schedule at one moment: rooms (in column order), slots (in time order), the placed sessions (in
 * time order, cancelled ones included) and the accepted sessions still waiting for a place (most votes first).
 * {@code changedAt} is when anything in it last changed; {@code published} whether its organizers published it
 * (what the public sees is a {@link PublishedSchedule}). {@code withdrawn} holds the sessions that left the
 * published schedule with their proposal (declined, reopened, merged): no longer part of the programme, but
 * calendars that had them must learn that they are cancelled.
 */
public record ScheduleSnapshot(EventRef event, boolean published, Instant publishedAt, Instant changedAt,
                               List<RoomDto> rooms, List<SlotDto> slots, List<ScheduledSession> placed,
                               List<ScheduledSession> unplaced, List<ScheduledSession> withdrawn) {
}
