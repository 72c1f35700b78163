package org.kogge.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The slot generator's input: session slots of {@code sessionMinutes} with {@code gapMinutes} between them from
 * {@code start} until {@code end}, and optionally a lunch break starting at {@code lunchStart}. Wall-clock times in
 * the event's zone; the generated slots can be edited afterwards.
 */
public class DayPlanForm extends DayTimes {

    @Min(value = 10, message = "{schedule.plan.session-minutes.range}")
    @Max(value = 240, message = "{schedule.plan.session-minutes.range}")
    private int sessionMinutes = 45;

    @Min(value = 0, message = "{schedule.plan.gap-minutes.range}")
    @Max(value = 120, message = "{schedule.plan.gap-minutes.range}")
    private int gapMinutes = 15;

    private LocalTime lunchStart;

    @Min(value = 0, message = "{schedule.plan.lunch-minutes.range}")
    @Max(value = 180, message = "{schedule.plan.lunch-minutes.range}")
    private int lunchMinutes = 60;

    /** A day from 9:00 to 17:00, the day to be chosen. */
    public DayPlanForm() {
        super(null, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    public DayPlanForm(LocalDate day, LocalTime start, LocalTime end, int sessionMinutes, int gapMinutes,
                       LocalTime lunchStart, int lunchMinutes) {
        super(day, start, end);
        this.sessionMinutes = sessionMinutes;
        this.gapMinutes = gapMinutes;
        this.lunchStart = lunchStart;
        this.lunchMinutes = lunchMinutes;
    }

    public int getSessionMinutes() { return sessionMinutes; }
    public void setSessionMinutes(int sessionMinutes) { this.sessionMinutes = sessionMinutes; }
    public int getGapMinutes() { return gapMinutes; }
    public void setGapMinutes(int gapMinutes) { this.gapMinutes = gapMinutes; }
    public LocalTime getLunchStart() { return lunchStart; }
    public void setLunchStart(LocalTime lunchStart) { this.lunchStart = lunchStart; }
    public int getLunchMinutes() { return lunchMinutes; }
    public void setLunchMinutes(int lunchMinutes) { this.lunchMinutes = lunchMinutes; }
}
