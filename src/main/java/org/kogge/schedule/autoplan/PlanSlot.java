package org.kogge.schedule.autoplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A session slot as the auto-scheduler sees it. {@code next} is the session slot that directly follows it on the same
 * day (null if a break, a plenary or the day's end comes first): the second half of a two-slot session.
 * {@code lastOfDay} marks the day's last session slot, where popular sessions should not end up.
 */
public final class PlanSlot {

    private final long id;
    private final Instant startsAt;
    private final Instant endsAt;
    private final boolean forSessions;
    private PlanSlot next;
    private boolean lastOfDay;

    /** {@code forSessions}: a session slot (not a break or plenary). */
    public PlanSlot(long id, Instant startsAt, Instant endsAt, boolean forSessions) {
        this.id = id;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.forSessions = forSessions;
    }

    /**
     * Links an event's slots (in time order, breaks and plenaries included): each session slot learns the session
     * slot that directly follows it on its day, and the day's last session slot is marked.
     */
    public static void link(List<PlanSlot> inTimeOrder, ZoneId zone) {
        for (int i = 0; i < inTimeOrder.size(); i++) {
            PlanSlot s = inTimeOrder.get(i);
            PlanSlot following = i + 1 < inTimeOrder.size() ? inTimeOrder.get(i + 1) : null;
            boolean sameDay = following != null && following.day(zone).equals(s.day(zone));
            if (sameDay && s.forSessions && following.forSessions) {
                s.next = following;
            }
            boolean laterSessionSlot = inTimeOrder.subList(i + 1, inTimeOrder.size()).stream()
                    .anyMatch(x -> x.forSessions && x.day(zone).equals(s.day(zone)));
            s.lastOfDay = s.forSessions && !laterSessionSlot;
        }
    }

    public long id() { return id; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public PlanSlot next() { return next; }
    public boolean lastOfDay() { return lastOfDay; }
    public boolean forSessions() { return forSessions; }

    private LocalDate day(ZoneId zone) {
        return startsAt.atZone(zone).toLocalDate();
    }
}
