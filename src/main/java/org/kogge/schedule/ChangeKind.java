package org.kogge.schedule;

/** What happened to a session after the schedule was published. */
public enum ChangeKind {
    ADDED, MOVED, CANCELLED, RESTORED, REMOVED;

    public String messageKey() {
        return "schedule.change." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
