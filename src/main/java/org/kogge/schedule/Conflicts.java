package org.kogge.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the conflicts of a schedule snapshot; no queries, so the planner can show them on every refresh. */
final class Conflicts {

    private Conflicts() {
    }

    static List<Conflict> of(ScheduleSnapshot s) {
        ZoneId zone = s.event().zone();
        Map<Long, RoomDto> roomById = s.rooms().stream().collect(Collectors.toMap(RoomDto::id, Function.identity()));
        Map<Long, SlotDto> slotById = s.slots().stream().collect(Collectors.toMap(SlotDto::id, Function.identity()));
        List<ScheduledSession> active = s.placed().stream().filter(x -> !x.isCancelled()).toList();
        List<Conflict> found = new ArrayList<>();
        for (ScheduledSession a : active) {
            for (ScheduledSession b : active) {
                hard(a, b).ifPresent(found::add);
            }
            RoomDto room = roomById.get(a.roomId());
            if (room != null && room.capacity() != null && a.content().votes() > room.capacity()) {
                found.add(new Conflict(ConflictKind.ROOM_TOO_SMALL, a.id(), null, a.roomId(), a.slotId(),
                        List.of(room.capacity(), a.content().votes())));
            }
            if (room != null && a.content().needsStepFree() && !room.accessible()) {
                found.add(new Conflict(ConflictKind.NOT_STEP_FREE, a.id(), null, a.roomId(), a.slotId(),
                        List.of(room.name())));
            }
            boolean inBreak = s.slots().stream().anyMatch(x -> x.kind() == SlotKind.BREAK
                    && x.startsAt().isBefore(a.endsAt()) && a.startsAt().isBefore(x.endsAt()));
            if (inBreak) {
                found.add(new Conflict(ConflictKind.BREAK_SLOT, a.id(), null, a.roomId(), a.slotId(), List.of()));
            }
            SlotDto first = slotById.get(a.slotId());
            if (a.slotCount() > 1 && first != null && following(s.slots(), first, zone) < a.slotCount() - 1) {
                found.add(new Conflict(ConflictKind.NO_FOLLOWING_SLOT, a.id(), null, a.roomId(), a.slotId(),
                        List.of(a.slotCount())));
            }
        }
        return found;
    }

    /**
     * The first hard conflict {@code candidate} would have with one of {@code others} (in their order): the rule
     * placing and restoring a session refuse by. Unplaced and cancelled sessions, and the candidate itself, free
     * their place.
     */
    static Optional<Conflict> firstHard(ScheduledSession candidate, List<ScheduledSession> others) {
        return others.stream().filter(o -> o.isPlaced() && !o.isCancelled())
                .map(o -> hard(candidate, o)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The hard conflict of {@code a} with {@code b}, if any: both at overlapping times in one room, or, in different
     * rooms, with a host in common. Its args name {@code b} (title, and its room for a host in two places).
     */
    private static Optional<Conflict> hard(ScheduledSession a, ScheduledSession b) {
        if (a.id() == b.id() || !overlap(a, b)) {
            return Optional.empty();
        }
        if (Objects.equals(a.roomId(), b.roomId())) {
            return Optional.of(new Conflict(ConflictKind.ROOM_TWICE, a.id(), b.id(), a.roomId(), a.slotId(),
                    List.of(b.content().title())));
        }
        if (!Collections.disjoint(a.content().hostIds(), b.content().hostIds())) {
            return Optional.of(new Conflict(ConflictKind.HOST_TWICE, a.id(), b.id(), a.roomId(), a.slotId(),
                    List.of(b.content().title(), b.roomName() == null ? "" : b.roomName())));
        }
        return Optional.empty();
    }

    private static boolean overlap(ScheduledSession a, ScheduledSession b) {
        return a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt());
    }

    /** How many slots follow {@code first} on its day. */
    private static long following(List<SlotDto> slots, SlotDto first, ZoneId zone) {
        LocalDate day = first.day(zone);
        return slots.stream().filter(x -> x.day(zone).equals(day))
                .sorted(Comparator.comparing(SlotDto::startsAt).thenComparing(SlotDto::id))
                .dropWhile(x -> x.id() != first.id()).count() - 1;
    }
}
