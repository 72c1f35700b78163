package org.kogge.schedule.autoplan;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;

/**
 * A session to place: its audience (the people who voted for or starred it), hosts, topics, length in slots and
 * whether it needs a step-free room. Sessions that stay where they are (pinned by an organizer, or placed ones when
 * only the unplaced are planned) are {@linkplain #isFixed() fixed}: the solver counts them but never moves them.
 * Times are epoch seconds, so that the overlap checks of the score stay cheap.
 */
@PlanningEntity
public class PlanSession {

    @PlanningId
    private long id;
    private String title;
    private int slots;
    private Set<Long> hostIds;
    private Set<Long> topicIds;
    /** Sorted person ids, so that two audiences are intersected in one pass. */
    private long[] audience;
    private int expected;
    private boolean needsStepFree;

    @PlanningPin
    private boolean fixed;

    @PlanningVariable(allowsUnassigned = true)
    private Spot spot;

    PlanSession() {
    }

    /**
     * @param expected the audience expected in the room (votes and stars scaled by the show-up factor)
     */
    public PlanSession(long id, String title, int slots, Set<Long> hostIds, Set<Long> topicIds, Set<Long> audience,
                       int expected, boolean needsStepFree, Spot spot, boolean fixed) {
        this.id = id;
        this.title = title;
        this.slots = Math.max(1, slots);
        this.hostIds = Set.copyOf(hostIds);
        this.topicIds = Set.copyOf(topicIds);
        this.audience = audience.stream().mapToLong(Long::longValue).sorted().toArray();
        this.expected = expected;
        this.needsStepFree = needsStepFree;
        this.spot = spot;
        this.fixed = fixed && spot != null;
    }

    public long getId() { return id; }
    public String getTitle() { return title; }
    public int getSlots() { return slots; }
    public Set<Long> getHostIds() { return hostIds; }
    public Set<Long> getTopicIds() { return topicIds; }
    public int getAudienceSize() { return audience.length; }
    public int getExpected() { return expected; }
    public boolean needsStepFree() { return needsStepFree; }
    public boolean isFixed() { return fixed; }
    public Spot getSpot() { return spot; }

    public void setSpot(Spot spot) {
        this.spot = spot;
    }

    /** Start in epoch seconds (placed sessions only). */
    public long start() {
        return spot.slot().startsAt().getEpochSecond();
    }

    /** End in epoch seconds: the end of its last slot (of its first one if it has no following slot). */
    public long end() {
        PlanSlot last = lastSlot();
        return (last == null ? spot.slot() : last).endsAt().getEpochSecond();
    }

    /** Whether every slot after the first one follows directly on the same day (always for one-slot sessions). */
    public boolean fitsItsSlots() {
        return slots == 1 || lastSlot() != null;
    }

    /** The day's last session slot is among its slots. */
    public boolean endsTheDay() {
        PlanSlot last = lastSlot();
        return (last == null ? spot.slot() : last).lastOfDay();
    }

    /** Seats missing in its room for the expected audience (0 if it fits or the room's size is unknown). */
    public int missingSeats() {
        Integer capacity = spot.room().capacity();
        return capacity == null ? 0 : Math.max(0, expected - capacity);
    }

    public boolean sharesHostWith(PlanSession other) {
        return !Collections.disjoint(hostIds, other.hostIds);
    }

    public boolean sharesTopicWith(PlanSession other) {
        return !Collections.disjoint(topicIds, other.topicIds);
    }

    /** How many people want to hear both sessions. */
    public int sharedAudience(PlanSession other) {
        long[] a = audience;
        long[] b = other.audience;
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private PlanSlot lastSlot() {
        PlanSlot s = spot.slot();
        for (int i = 1; i < slots && s != null; i++) {
            s = s.next();
        }
        return s;
    }

    @Override
    public String toString() {
        return title + " " + spot + " " + Arrays.toString(audience);
    }
}
