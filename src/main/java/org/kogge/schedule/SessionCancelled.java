package org.kogge.schedule;

import org.jmolecules.event.annotation.DomainEvent;

/** A session of a published schedule will not take place where it was announced ({@code place}). */
@DomainEvent
public record SessionCancelled(long eventId, long sessionId, String title, SessionPlace place, Reason reason)
        implements SessionEvent {

    public enum Reason {
        /** The organizers cancelled it; the programme shows it as cancelled (it may be restored). */
        CANCELLED,
        /** Its proposal is no longer accepted (declined, reopened, merged); the programme no longer shows it. */
        WITHDRAWN,
        /** Sent back to the sessions to place (by hand, or its room or slot was removed); it may be placed again. */
        REMOVED
    }
}
