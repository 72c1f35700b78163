package org.kogge.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The slot generator's input: session slots of {@code sessionMinutes} with {@code gapMinutes} between them from
 * {@code start} until {@code end}, and optionally a lunch break starting at {@code lunchStart}. Wall-clock times in
 * the event's zone; the generated slots can be edited afterwards.
 */
public class DayPlanForm {

    @NotNull(message = "{validation.required}")
    private LocalDate day;

    @NotNull(message = "{validation.required}")
    private LocalTime start = LocalTime.of(9, 0);

    @NotNull(message = "{validation.required}")
    private LocalTime end = LocalTime.of(17, 0);

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

    public DayPlanForm() {
    }

    public DayPlanForm(LocalDate day, LocalTime start, LocalTime end, int sessionMinutes, int gapMinutes,
                       LocalTime lunchStart, int lunchMinutes) {
        this.day = day;
        this.start = start;
        this.end = end;
        this.sessionMinutes = sessionMinutes;
        this.gapMinutes = gapMinutes;
        this.lunchStart = lunchStart;
        this.lunchMinutes = lunchMinutes;
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
    public int getSessionMinutes() { return sessionMinutes; }
    public void setSessionMinutes(int sessionMinutes) { this.sessionMinutes = sessionMinutes; }
    public int getGapMinutes() { return gapMinutes; }
    public void setGapMinutes(int gapMinutes) { this.gapMinutes = gapMinutes; }
    public LocalTime getLunchStart() { return lunchStart; }
    public void setLunchStart(LocalTime lunchStart) { this.lunchStart = lunchStart; }
    public int getLunchMinutes() { return lunchMinutes; }
    public void setLunchMinutes(int lunchMinutes) { this.lunchMinutes = lunchMinutes; }
}
