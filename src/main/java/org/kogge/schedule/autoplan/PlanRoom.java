package org.kogge.schedule.autoplan;

/** A room as the auto-scheduler sees it: seats ({@code null}: unknown, never too small) and step-free access. */
public record PlanRoom(long id, String name, Integer capacity, boolean stepFree) {
}
