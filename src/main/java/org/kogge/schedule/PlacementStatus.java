package org.kogge.schedule;

/**
 * A placed session takes place, or it was cancelled (and stays visible, and in calendars, as cancelled), or it was
 * withdrawn: its proposal was declined, reopened or merged after the schedule was published, so it left the
 * programme as a recorded cancellation and stays only for calendars, which must learn that it is cancelled.
 */
public enum PlacementStatus {
    SCHEDULED, CANCELLED, WITHDRAWN
}
