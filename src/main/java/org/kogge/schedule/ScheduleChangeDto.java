package org.kogge.schedule;

import java.time.Instant;

/** One entry of the public "changes since" list. Times are instants; show them in the event's zone. */
public record ScheduleChangeDto(long id, long sessionId, ChangeKind kind, String title, String oldRoom,
                                String newRoom, Instant oldStartsAt, Instant newStartsAt, Instant changedAt) {

    static ScheduleChangeDto of(ScheduleChange c) {
        return new ScheduleChangeDto(c.getId(), c.getProposalId(), c.getKind(), c.getTitle(), c.getOldRoom(),
                c.getNewRoom(), c.getOldStartsAt(), c.getNewStartsAt(), c.getChangedAt());
    }
}
