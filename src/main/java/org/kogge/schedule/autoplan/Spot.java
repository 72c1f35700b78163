package org.kogge.schedule.autoplan;

/** A place for a session: a room from a session slot on (the planning value of {@link PlanSession}). */
public record Spot(PlanRoom room, PlanSlot slot) {

    @Override
    public String toString() {
        return room.name() + "@" + slot.id();
    }
}
