package org.kogge.schedule;

import java.util.List;

/**
 * One problem of a placed session, ready to show: {@code args} fill the kind's message (e.g. the other session's
 * title, the room's capacity and the votes). {@code otherSessionId} is the session it clashes with, if any.
 */
public record Conflict(ConflictKind kind, long sessionId, Long otherSessionId, Long roomId, Long slotId,
                       List<Object> args) {

    public boolean isHard() {
        return kind.isHard();
    }

    public String messageKey() {
        return kind.messageKey();
    }
}
