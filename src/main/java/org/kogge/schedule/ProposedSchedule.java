package org.kogge.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the schedule would be if the organizer accepted an auto-planned proposal: {@code schedule} as the planner
 * would then show it, {@code added} the sessions the proposal places that wait in the side list today, and
 * {@code movedFrom} the sessions it moves, each with its place today (so the planner can say where it was).
 * A preview only: accepting checks the planning rules again against the schedule as it is by then.
 */
public record ProposedSchedule(ScheduleSnapshot schedule, Set<Long> added, Map<Long, ScheduledSession> movedFrom) {

    /** Today's schedule with the proposal's places put in; a place whose room or slot is gone by now is left out. */
    static ProposedSchedule of(ScheduleSnapshot today, List<SessionSpot> spots) {
        Map<Long, SessionSpot> spotOf = spots.stream().collect(Collectors.toMap(SessionSpot::sessionId, x -> x));
        Map<Long, RoomDto> rooms = today.rooms().stream().collect(Collectors.toMap(RoomDto::id, Function.identity()));
        Map<Long, SlotDto> slots = today.slots().stream().collect(Collectors.toMap(SlotDto::id, Function.identity()));
        ZoneId zone = today.event().zone();
        List<ScheduledSession> placed = new ArrayList<>();
        List<ScheduledSession> unplaced = new ArrayList<>();
        Set<Long> added = new HashSet<>();
        Map<Long, ScheduledSession> movedFrom = new HashMap<>();
        for (ScheduledSession s : Stream.concat(today.placed().stream(), today.unplaced().stream()).toList()) {
            SessionSpot spot = spotOf.get(s.id());
            RoomDto room = spot == null ? null : rooms.get(spot.roomId());
            SlotDto first = spot == null ? null : slots.get(spot.slotId());
            if (room == null || first == null) {
                (s.isPlaced() ? placed : unplaced).add(s);
                continue;
            }
            ScheduledSession there = at(s, room, first, today.slots(), zone);
            placed.add(there);
            if (!s.isPlaced()) {
                added.add(s.id());
            } else if (!Objects.equals(s.roomId(), there.roomId()) || !Objects.equals(s.startsAt(), there.startsAt())) {
                movedFrom.put(s.id(), s);
            }
        }
        List<Long> roomOrder = today.rooms().stream().map(RoomDto::id).toList();
        placed.sort(Comparator.comparing(ScheduledSession::startsAt)
                .thenComparing(x -> roomOrder.indexOf(x.roomId())).thenComparing(ScheduledSession::id));
        ScheduleSnapshot schedule = new ScheduleSnapshot(today.event(), today.published(), today.publishedAt(),
                today.changedAt(), today.rooms(), today.slots(), List.copyOf(placed), List.copyOf(unplaced),
                today.withdrawn());
        return new ProposedSchedule(schedule, Set.copyOf(added), Map.copyOf(movedFrom));
    }

    /** Whether the proposal places a session that waits in the side list today. */
    public boolean isAdded(long sessionId) {
        return added.contains(sessionId);
    }

    /**
     * The session in a room from a slot on, as long as it is (a longer one runs into the day's following slots, as
     * {@link ScheduleWriter#span} does when it is placed).
     */
    private static ScheduledSession at(ScheduledSession s, RoomDto room, SlotDto first, List<SlotDto> allSlots,
                                       ZoneId zone) {
        LocalDate day = first.day(zone);
        List<SlotDto> sameDay = allSlots.stream().filter(x -> x.day(zone).equals(day)).toList();
        int from = sameDay.indexOf(first);
        SlotDto last = sameDay.get(Math.min(sameDay.size(), from + Math.max(1, s.content().slots())) - 1);
        return new ScheduledSession(s.content(), room.id(), room.name(), first.id(), s.content().slots(),
                first.startsAt(), last.endsAt(), s.isPlaced() ? s.status() : PlacementStatus.SCHEDULED, s.sequence(),
                s.updatedAt(), s.pinned());
    }
}
