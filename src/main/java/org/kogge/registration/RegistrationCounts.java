package org.kogge.registration;

/** How many are registered, waitlisted and cancelled for an event; {@code capacity} null means unlimited. */
public record RegistrationCounts(long registered, long waitlisted, long cancelled, Integer capacity) {

    public long freeSeats() {
        return capacity == null ? Long.MAX_VALUE : Math.max(0, capacity - registered);
    }

    public boolean isFull() {
        return capacity != null && registered >= capacity;
    }
}
