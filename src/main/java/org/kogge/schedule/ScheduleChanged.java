package org.kogge.schedule;

/**
 * Published (as a Spring application event, inside the writing transaction) whenever anything in an event's schedule
 * changes; listeners that update screens use {@code @TransactionalEventListener} so they see committed data only.
 */
public record ScheduleChanged(long eventId) {
}
