package org.kogge.schedule;

import java.time.Instant;

/**
 * A barcamp's schedule at a glance, for its organizers: when it was published ({@code null}: not yet), when anything
 * in it last changed ({@code null}: never), how many rooms and slots it has and how many sessions are placed.
 */
public record ScheduleFigures(Instant publishedAt, Instant changedAt, long rooms, long slots, long scheduled) {

    public boolean published() {
        return publishedAt != null;
    }
}
