package org.kogge.schedule;

import java.time.Instant;
import org.kogge.proposal.SessionContent;

/**
 * An accepted session with its place in the schedule. Unplaced sessions have no room, slot or times.
 * {@code sequence} and {@code updatedAt} are the iCal SEQUENCE and LAST-MODIFIED of the session's place and status;
 * its id is the proposal's id. {@code pinned}: an organizer fixed it to its room and slot, so auto-planned proposals
 * leave it where it is.
 */
public record ScheduledSession(SessionContent content, Long roomId, String roomName, Long slotId, int slotCount,
                               Instant startsAt, Instant endsAt, PlacementStatus status, int sequence,
                               Instant updatedAt, boolean pinned) {

    public long id() {
        return content.id();
    }

    public boolean isPlaced() {
        return roomId != null && startsAt != null;
    }

    /** Pinned and placed: a pin has no meaning for a session waiting in the side list. */
    public boolean isPinned() {
        return pinned && isPlaced();
    }

    /** Cancelled by an organizer, or withdrawn with its proposal (see {@link PlacementStatus}). */
    public boolean isCancelled() {
        return status != PlacementStatus.SCHEDULED;
    }
}
