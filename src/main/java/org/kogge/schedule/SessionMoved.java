package org.kogge.schedule;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A session of a published schedule moved: to another room or time, its slot's times were edited, or its room was
 * renamed (same room id, another name).
 */
@DomainEvent
public record SessionMoved(long eventId, long sessionId, String title, SessionPlace from, SessionPlace to)
        implements SessionEvent {
}
