package org.kogge.schedule;

/** A place proposed for a session: a room from a slot on (as many slots as the session is long). */
public record SessionSpot(long sessionId, long roomId, long slotId) {
}
