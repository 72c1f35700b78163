package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.common.InvalidInputException;

/** The day generator on its own: no Spring, no database. */
class DayGeneratorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate SATURDAY = LocalDate.of(2027, 10, 30);
    /** Clocks go back from 03:00 to 02:00 in Berlin. */
    static final LocalDate FALL_BACK = LocalDate.of(2027, 10, 31);
    /** Clocks go forward from 02:00 to 03:00 in Berlin. */
    static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 28);

    final DayGenerator generator = new DayGenerator(BERLIN, List.of(SATURDAY, FALL_BACK, SPRING_FORWARD));

    static DayPlanForm plan(LocalDate day, String start, String end, int sessionMinutes, int gapMinutes,
                            String lunchStart, int lunchMinutes) {
        return new DayPlanForm(day, LocalTime.parse(start), LocalTime.parse(end), sessionMinutes, gapMinutes,
                lunchStart == null ? null : LocalTime.parse(lunchStart), lunchMinutes);
    }

    /** The slots as wall-clock times in Berlin, e.g. "09:00-09:45 SESSION". */
    static List<String> wallClock(List<DayGenerator.PlannedSlot> slots) {
        return slots.stream().map(s -> s.startsAt().atZone(BERLIN).toLocalTime() + "-"
                + s.endsAt().atZone(BERLIN).toLocalTime() + " " + s.kind()).toList();
    }

    static List<String> keys(InvalidInputException e) {
        return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    InvalidInputException refused(DayPlanForm plan) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> generator.plan(plan));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void sessionsWithGapsAndALunchBreak() {
        assertThat(wallClock(generator.plan(plan(SATURDAY, "09:00", "17:00", 45, 15, "12:00", 60)))).containsExactly(
                "09:00-09:45 SESSION", "10:00-10:45 SESSION", "11:00-11:45 SESSION", "12:00-13:00 BREAK",
                "13:00-13:45 SESSION", "14:00-14:45 SESSION", "15:00-15:45 SESSION", "16:00-16:45 SESSION");
    }

    @Test
    void aSessionThatWouldRunIntoLunchStartsAfterIt() {
        assertThat(wallClock(generator.plan(plan(SATURDAY, "10:00", "15:00", 60, 0, "11:30", 30)))).containsExactly(
                "10:00-11:00 SESSION", "11:30-12:00 BREAK", "12:00-13:00 SESSION", "13:00-14:00 SESSION",
                "14:00-15:00 SESSION");
    }

    @Test
    void withoutLunchThereIsNoBreak() {
        assertThat(wallClock(generator.plan(plan(SATURDAY, "09:00", "11:00", 30, 0, null, 60)))).containsExactly(
                "09:00-09:30 SESSION", "09:30-10:00 SESSION", "10:00-10:30 SESSION", "10:30-11:00 SESSION");
    }

    @Test
    void aLastSessionThatWouldNotEndInTimeIsLeftOut() {
        // 09:00-09:45, 10:00-10:45; a third one would end at 11:45, after 11:30.
        assertThat(wallClock(generator.plan(plan(SATURDAY, "09:00", "11:30", 45, 15, null, 0)))).containsExactly(
                "09:00-09:45 SESSION", "10:00-10:45 SESSION");
        // One ending exactly at the end still fits.
        assertThat(wallClock(generator.plan(plan(SATURDAY, "09:00", "11:45", 45, 15, null, 0)))).hasSize(3);
    }

    @Test
    void aDayCloseToMidnightDoesNotWrapAround() {
        assertThat(wallClock(generator.plan(plan(SATURDAY, "22:00", "23:59", 45, 15, null, 0)))).containsExactly(
                "22:00-22:45 SESSION", "23:00-23:45 SESSION");
    }

    @Test
    void onTheNightClocksGoBackASlotLastsAsLongAsItReallyTakes() {
        List<DayGenerator.PlannedSlot> slots = generator.plan(plan(FALL_BACK, "01:00", "04:00", 60, 0, null, 0));
        assertThat(slots).extracting(DayGenerator.PlannedSlot::startsAt).containsExactly(
                Instant.parse("2027-10-30T23:00:00Z"), Instant.parse("2027-10-31T00:00:00Z"),
                Instant.parse("2027-10-31T02:00:00Z"));
        // 02:00-03:00 starts in summer time and ends in winter time: two hours.
        assertThat(Duration.between(slots.get(1).startsAt(), slots.get(1).endsAt())).hasHours(2);
        assertThat(Duration.between(slots.get(2).startsAt(), slots.get(2).endsAt())).hasHours(1);
        // Daytime slots of that day are in winter time (UTC+1).
        assertThat(generator.plan(plan(FALL_BACK, "09:00", "10:00", 45, 15, null, 0)).get(0).startsAt())
                .isEqualTo(Instant.parse("2027-10-31T08:00:00Z"));
    }

    @Test
    void onTheNightClocksGoForwardTheMissingHourIsSkipped() {
        List<DayGenerator.PlannedSlot> slots = generator.plan(plan(SPRING_FORWARD, "01:00", "04:00", 60, 0, null, 0));
        // 01:00-02:00 really lasts an hour (02:00 is 03:00 summer time); 02:00-03:00 does not exist: no slot.
        assertThat(wallClock(slots)).containsExactly("01:00-03:00 SESSION", "03:00-04:00 SESSION");
        assertThat(Duration.between(slots.get(0).startsAt(), slots.get(0).endsAt())).hasHours(1);
        assertThat(slots.get(1).startsAt()).isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
    }

    @Test
    void aDayOutsideTheEventAndTimesBackwardsAreRefused() {
        assertThat(keys(refused(plan(SATURDAY.minusDays(1), "09:00", "17:00", 45, 15, null, 0))))
                .containsExactly("day:schedule.slot.day-outside");
        assertThat(keys(refused(plan(SATURDAY, "17:00", "09:00", 45, 15, null, 0))))
                .containsExactly("end:schedule.slot.end-before-start");
    }

    @Test
    void aLunchBreakOutsideTheDayOrWithoutLengthIsRefused() {
        assertThat(keys(refused(plan(SATURDAY, "09:00", "17:00", 45, 15, "16:30", 60))))
                .containsExactly("lunchStart:schedule.plan.lunch-outside");
        assertThat(keys(refused(plan(SATURDAY, "09:00", "17:00", 45, 15, "08:00", 30))))
                .containsExactly("lunchStart:schedule.plan.lunch-outside");
        assertThat(keys(refused(plan(SATURDAY, "09:00", "17:00", 45, 15, "12:00", 0))))
                .containsExactly("lunchMinutes:schedule.plan.lunch-minutes.range");
    }

    @Test
    void aPlanWithoutRoomForOneSessionIsRefused() {
        assertThat(keys(refused(plan(SATURDAY, "09:00", "09:30", 45, 15, null, 0))))
                .containsExactly("sessionMinutes:schedule.plan.no-slot");
        // Only the lunch break would fit.
        assertThat(keys(refused(plan(SATURDAY, "12:00", "12:40", 45, 0, "12:00", 40))))
                .containsExactly("sessionMinutes:schedule.plan.no-slot");
    }

    @Test
    void anIncompletePlanOrOneThatWouldNeverEndIsRefused() {
        DayPlanForm empty = new DayPlanForm(null, null, null, 0, -5, null, 0);
        assertThat(keys(refused(empty))).containsExactly("day:validation.required", "start:validation.required",
                "end:validation.required", "sessionMinutes:schedule.plan.session-minutes.range",
                "gapMinutes:schedule.plan.gap-minutes.range");
    }
}
