package org.kogge.event;

/** Filters of the public event list. {@code null} means "any". */
public record EventFilter(Long cityId, EventKind kind, boolean past) {

    public static EventFilter upcoming() {
        return new EventFilter(null, null, false);
    }
}
