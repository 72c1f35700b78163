package org.kogge.schedule;

/** What happened to a session after the schedule was published. */
public enum ChangeKind {
    ADDED("schedule.change.added"),
    MOVED("schedule.change.moved"),
    CANCELLED("schedule.change.cancelled"),
    RESTORED("schedule.change.restored"),
    REMOVED("schedule.change.removed");

    private final String messageKey;

    ChangeKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
