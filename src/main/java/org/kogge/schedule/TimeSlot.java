package org.kogge.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.VersionedEventPart;

/** A time slot of one event day: a row of the schedule grid. Its day is its start in the event's zone. */
@Entity
@Table(name = "time_slot")
public class TimeSlot extends VersionedEventPart {

    private Instant startsAt;
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private SlotKind kind = SlotKind.SESSION;

    private String label;

    protected TimeSlot() {
    }

    TimeSlot(long eventId) {
        super(eventId);
    }

    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public SlotKind getKind() { return kind; }
    public String getLabel() { return label; }

    void apply(Instant startsAt, Instant endsAt, SlotKind kind, String label) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.kind = kind;
        this.label = label;
    }

    boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }
}
