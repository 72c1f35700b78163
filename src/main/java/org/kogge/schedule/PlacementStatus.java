package org.kogge.schedule;

/** A placed session takes place, or it was cancelled (and stays visible, and in calendars, as cancelled). */
public enum PlacementStatus {
    SCHEDULED, CANCELLED
}
