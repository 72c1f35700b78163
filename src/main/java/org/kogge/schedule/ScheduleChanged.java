package org.kogge.schedule;

/**
 * Published (as a Spring application event, inside the writing transaction) whenever anything in an event's schedule
 * changes; {@link ScheduleUpdates} passes it on to the open schedule pages, which hear of it after the commit.
 */
public record ScheduleChanged(long eventId) {
}
