package org.kogge.schedule;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A session was placed into a published schedule: new to the programme, or ({@code restored}) taking place after all
 * where it was shown as cancelled.
 */
@DomainEvent
public record SessionAdded(long eventId, long sessionId, String title, SessionPlace place, boolean restored)
        implements SessionEvent {
}
