package org.kogge.schedule;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A day of the event with a start and an end, as an organizer enters them: wall-clock times in the event's zone,
 * turned into instants by the service. The base of the slot form and of the slot generator's day plan.
 */
public abstract class DayTimes {

    @NotNull(message = "{validation.required}")
    private LocalDate day;

    @NotNull(message = "{validation.required}")
    private LocalTime start;

    @NotNull(message = "{validation.required}")
    private LocalTime end;

    protected DayTimes(LocalDate day, LocalTime start, LocalTime end) {
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStart() { return start; }
    public void setStart(LocalTime start) { this.start = start; }
    public LocalTime getEnd() { return end; }
    public void setEnd(LocalTime end) { this.end = end; }
}
