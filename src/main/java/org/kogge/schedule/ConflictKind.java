package org.kogge.schedule;

/**
 * Problems of a schedule. Hard ones are refused when they would arise from placing a session (they can still appear
 * when slots are edited afterwards, and are then shown until resolved); soft ones are allowed and shown as warnings.
 */
public enum ConflictKind {
    /** Two sessions in one room at the same time. */
    ROOM_TWICE(true, "schedule.conflict.room-twice"),
    /** A host holds two sessions at the same time. */
    HOST_TWICE(true, "schedule.conflict.host-twice"),
    /** More votes than the room has seats. */
    ROOM_TOO_SMALL(false, "schedule.conflict.room-too-small"),
    /** The session lies in a break. */
    BREAK_SLOT(false, "schedule.conflict.break-slot"),
    /** A session of two slots has no following slot on its day. */
    NO_FOLLOWING_SLOT(false, "schedule.conflict.no-following-slot"),
    /**
     * The session needs a step-free room and its room is not. Soft when placing by hand (the organizer may know a
     * ramp the room list does not); the auto-scheduler treats it as a hard rule.
     */
    NOT_STEP_FREE(false, "schedule.conflict.not-step-free");

    private final boolean hard;
    private final String messageKey;

    ConflictKind(boolean hard, String messageKey) {
        this.hard = hard;
        this.messageKey = messageKey;
    }

    public boolean isHard() {
        return hard;
    }

    public String messageKey() {
        return messageKey;
    }
}
