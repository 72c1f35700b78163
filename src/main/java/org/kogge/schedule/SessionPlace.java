package org.kogge.schedule;

import java.time.Instant;

/**
 * Where and when a session of a published schedule takes place, as the public saw it at that moment: its room (id,
 * and name then) and its time. Part of the session events ({@link SessionEvent}).
 */
public record SessionPlace(long roomId, String room, Instant startsAt, Instant endsAt) {

    /** Where a placed session is now, in the room called {@code roomName}. */
    static SessionPlace of(Placement p, String roomName) {
        return new SessionPlace(p.getRoomId(), roomName, p.getStartsAt(), p.getEndsAt());
    }
}
