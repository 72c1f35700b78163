package org.kogge.ceremony;

import java.time.Instant;

/**
 * What a tick at the door did: {@code CHECKED_IN} now, or {@code ALREADY} (someone else was quicker, at
 * {@code checkedInAt}); for undo {@code UNDONE} or {@code NOT_CHECKED_IN}.
 */
public record CheckinResult(Outcome outcome, Instant checkedInAt) {

    public enum Outcome { CHECKED_IN, ALREADY, UNDONE, NOT_CHECKED_IN }
}
