package org.kogge.schedule;

import java.time.Instant;
import java.util.List;
import org.kogge.event.EventRef;

/**
 * A schedule as the public sees it, the one answer {@link ScheduleReader} gives the programme pages, the calendars
 * and the public API: rooms (in column order), slots (in time order) and the placed sessions (in time order,
 * cancelled ones included). The sessions are empty unless {@code visibility} shows them; accepted sessions still
 * waiting for a place are never part of it. {@code changedAt} is when anything in the schedule last changed.
 * {@code withdrawn} are sessions that left the published schedule with their proposal (declined, reopened, merged):
 * not part of the programme, but calendars that had them list them as cancelled.
 */
public record PublishedSchedule(EventRef event, Visibility visibility, Instant publishedAt, Instant changedAt,
                                List<RoomDto> rooms, List<SlotDto> slots, List<ScheduledSession> sessions,
                                List<ScheduledSession> withdrawn) {

    public boolean published() {
        return visibility == Visibility.PUBLISHED;
    }
}
