package org.kogge.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A time slot as views and calendars show it. */
public record SlotDto(long id, Instant startsAt, Instant endsAt, SlotKind kind, String label) {

    /** The slot's day in the event's zone. */
    public LocalDate day(ZoneId zone) {
        return startsAt.atZone(zone).toLocalDate();
    }

    static SlotDto of(TimeSlot s) {
        return new SlotDto(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getKind(), s.getLabel());
    }
}
