package org.kogge.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;

/**
 * Plans the slots of one day from a {@link DayPlanForm}: session slots of equal length with gaps between them from
 * the plan's start on, as long as a whole session still ends by the plan's end, and the lunch break (if any) where
 * it is due: a session that would run into it starts after it. Wall-clock times are turned into instants in the
 * event's zone, so on the day clocks change a slot lasts as long as its wall-clock times really take (and one lying
 * wholly in the hour skipped when clocks go forward is left out).
 * <p>
 * A plain calculation: no database, no Spring. Whether the planned slots collide with slots the day already has is
 * the service's question.
 */
final class DayGenerator {

    /** One planned slot. */
    record PlannedSlot(Instant startsAt, Instant endsAt, SlotKind kind) {
    }

    private final ZoneId zone;
    private final List<LocalDate> days;

    /**
     * @param zone the event's zone
     * @param days the event's days: the days a plan may be for
     */
    DayGenerator(ZoneId zone, List<LocalDate> days) {
        this.zone = zone;
        this.days = List.copyOf(days);
    }

    /** The day's slots in time order; refused (with field messages) if the plan is incomplete or yields no session. */
    List<PlannedSlot> plan(DayPlanForm plan) {
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(plan.getDay() == null, "day", "validation.required");
        problems.addIf(plan.getStart() == null, "start", "validation.required");
        problems.addIf(plan.getEnd() == null, "end", "validation.required");
        // Bean validation of the form asks for more; these bounds only make sure the plan comes to an end.
        problems.addIf(plan.getSessionMinutes() < 1, "sessionMinutes", "schedule.plan.session-minutes.range", 10, 240);
        problems.addIf(plan.getGapMinutes() < 0, "gapMinutes", "schedule.plan.gap-minutes.range", 0, 120);
        problems.throwIfAny();
        problems.addIf(!days.contains(plan.getDay()), "day", "schedule.slot.day-outside");
        problems.addIf(!plan.getEnd().isAfter(plan.getStart()), "end", "schedule.slot.end-before-start");
        LocalTime lunchEnd = null;
        if (plan.getLunchStart() != null) {
            lunchEnd = plan.getLunchStart().plusMinutes(plan.getLunchMinutes());
            problems.addIf(plan.getLunchMinutes() <= 0, "lunchMinutes", "schedule.plan.lunch-minutes.range", 0, 180);
            problems.addIf(plan.getLunchStart().isBefore(plan.getStart()) || lunchEnd.isAfter(plan.getEnd())
                    || lunchEnd.isBefore(plan.getLunchStart()), "lunchStart", "schedule.plan.lunch-outside");
        }
        problems.throwIfAny();
        List<PlannedSlot> planned = new ArrayList<>();
        LocalTime at = plan.getStart();
        boolean lunchDone = plan.getLunchStart() == null;
        while (true) {
            LocalTime end = at.plusMinutes(plan.getSessionMinutes());
            if (!lunchDone && end.isAfter(plan.getLunchStart())) {
                planned.add(slot(plan.getDay(), plan.getLunchStart(), lunchEnd, SlotKind.BREAK));
                lunchDone = true;
                at = lunchEnd.isAfter(at) ? lunchEnd : at;
                continue;
            }
            if (end.isAfter(plan.getEnd()) || end.isBefore(at)) {
                break;
            }
            planned.add(slot(plan.getDay(), at, end, SlotKind.SESSION));
            LocalTime next = end.plusMinutes(plan.getGapMinutes());
            if (next.isBefore(end)) {
                break;
            }
            at = next;
        }
        // On the night clocks go forward, wall-clock times in the skipped hour do not exist: no slot there.
        planned.removeIf(s -> !s.endsAt().isAfter(s.startsAt()));
        if (planned.stream().noneMatch(s -> s.kind() == SlotKind.SESSION)) {
            throw new InvalidInputException("sessionMinutes", "schedule.plan.no-slot");
        }
        return planned;
    }

    private PlannedSlot slot(LocalDate day, LocalTime start, LocalTime end, SlotKind kind) {
        return new PlannedSlot(ZonedDateTime.of(day, start, zone).toInstant(), ZonedDateTime.of(day, end, zone).toInstant(),
                kind);
    }
}
