package org.kogge.schedule.ui;

import org.kogge.schedule.ScheduledSession;

/** What the planner's parts (day grids, cards, the list of unplaced sessions) ask the planner to do. */
interface PlannerActions {

    /** A card was dropped on a cell. */
    void place(long sessionId, long roomId, long slotId);

    /** "Place in…" or "Move…": the keyboard way. */
    void openPlaceDialog(ScheduledSession session);

    /** Back to the list of unplaced sessions (by button, or by dropping a placed card on the list). */
    void backToList(long sessionId);

    void confirmCancel(ScheduledSession session);

    void restore(ScheduledSession session);

    /** Pins a placed session to its room and slot for the auto-scheduler, or lets it go. */
    void pin(ScheduledSession session, boolean pinned);
}
