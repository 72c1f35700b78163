package org.kogge.schedule;

/** Who sees what of a schedule (decided in one place, {@link ScheduleReader}). */
public enum Visibility {
    /** Published: everybody sees it. */
    PUBLISHED,
    /** Not published yet, shown to one of its organizers as a preview. */
    PREVIEW,
    /** Not published yet (or not a barcamp, or its event a draft): the public sees no sessions. */
    NOT_PUBLISHED;

    public boolean showsSessions() {
        return this != NOT_PUBLISHED;
    }
}
