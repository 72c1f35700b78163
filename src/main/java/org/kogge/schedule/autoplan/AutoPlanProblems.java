package org.kogge.schedule.autoplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kogge.proposal.TopicDto;
import org.kogge.schedule.PlanningInput;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotKind;

/**
 * Turns a schedule into a planning problem: every room from every session slot on is a spot; accepted sessions not
 * yet placed are to be planned, placed ones too when {@code replan} is asked for, except pinned and cancelled
 * ones, which stay where they are and count as they are.
 */
public final class AutoPlanProblems {

    private AutoPlanProblems() {
    }

    public static PlanSolution of(PlanningInput in, boolean replan, double showUp, AutoPlanWeights weights) {
        Map<Long, PlanRoom> rooms = in.snapshot().rooms().stream().collect(Collectors.toMap(r -> r.id(),
                r -> new PlanRoom(r.id(), r.name(), r.capacity(), r.accessible())));
        List<PlanSlot> slots = in.snapshot().slots().stream()
                .map(s -> new PlanSlot(s.id(), s.startsAt(), s.endsAt(), s.kind() == SlotKind.SESSION)).toList();
        PlanSlot.link(slots, in.snapshot().event().zone());
        Map<Long, PlanSlot> slotById = slots.stream().collect(Collectors.toMap(PlanSlot::id, Function.identity()));
        List<Spot> spots = new ArrayList<>();
        for (PlanRoom room : in.snapshot().rooms().stream().map(r -> rooms.get(r.id())).toList()) {
            slots.stream().filter(PlanSlot::forSessions).forEach(s -> spots.add(new Spot(room, s)));
        }
        List<PlanSession> sessions = new ArrayList<>();
        Stream.concat(in.snapshot().placed().stream().filter(s -> !s.isCancelled()), in.snapshot().unplaced().stream())
                .forEach(s -> {
                    Spot now = s.isPlaced() ? spotOf(spots, rooms.get(s.roomId()), slotById.get(s.slotId())) : null;
                    if (now != null && !spots.contains(now)) {
                        spots.add(now); // placed by hand into a break: it stays there
                    }
                    boolean fixed = now != null && (!replan || in.pinned().contains(s.id()));
                    sessions.add(session(s, in, showUp, now, fixed));
                });
        return new PlanSolution(spots, sessions, weights);
    }

    private static Spot spotOf(List<Spot> spots, PlanRoom room, PlanSlot slot) {
        if (room == null || slot == null) {
            return null;
        }
        return spots.stream().filter(x -> x.room() == room && x.slot() == slot).findFirst()
                .orElse(new Spot(room, slot));
    }

    private static PlanSession session(ScheduledSession s, PlanningInput in, double showUp, Spot now, boolean fixed) {
        Set<Long> audience = in.audience().getOrDefault(s.id(), Set.of());
        int expected = (int) Math.ceil(Math.max(audience.size(), s.content().votes()) * showUp);
        Set<Long> topics = s.content().topics().stream().map(TopicDto::id).collect(Collectors.toSet());
        return new PlanSession(s.id(), s.content().title(), s.content().slots(), s.content().hostIds(), topics,
                audience, expected, in.needsStepFree().contains(s.id()), now, fixed);
    }
}
