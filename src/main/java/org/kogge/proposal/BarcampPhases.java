package org.kogge.proposal;

import java.time.Instant;
import org.kogge.event.EventRef;
import org.kogge.event.EventState;

/** A barcamp's phases as the board and the organizer see them. */
public record BarcampPhases(boolean proposalsOpen, boolean votingOpen, Integer voteBudget) {

    public static final BarcampPhases CLOSED = new BarcampPhases(false, false, null);

    /**
     * These switches as they are in force at {@code now}: closed once the event is over, cancelled or archived (the
     * switches are often left on). A published programme does not close them: at a barcamp, sessions for the
     * afternoon are proposed and voted on while the morning's programme is public.
     */
    BarcampPhases inForce(EventRef t, Instant now) {
        boolean over = t.state() == EventState.CANCELLED || t.state() == EventState.ARCHIVED
                || t.endsAt() != null && t.endsAt().isBefore(now);
        return over ? new BarcampPhases(false, false, voteBudget) : this;
    }
}
