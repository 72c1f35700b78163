package org.kogge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Where and when an accepted session takes place. Its id is the proposal's id, which is also the session's id in
 * URLs and calendars. Once created it is kept (room and slot may become empty again) so that its calendar
 * {@code sequence} only ever grows: it grows whenever time, room or status change.
 */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "event_id")
    private long eventId;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "slot_id")
    private Long slotId;

    private int slotCount = 1;
    private Instant startsAt;
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private PlacementStatus status = PlacementStatus.SCHEDULED;

    private int sequence;
    /** Pinned by an organizer: an auto-planned proposal keeps it in its room and slot. */
    private boolean pinned;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Placement() {
    }

    Placement(long proposalId, long eventId, Instant now) {
        this.proposalId = proposalId;
        this.eventId = eventId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getProposalId() { return proposalId; }
    public long getEventId() { return eventId; }
    public Long getRoomId() { return roomId; }
    public Long getSlotId() { return slotId; }
    public int getSlotCount() { return slotCount; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public PlacementStatus getStatus() { return status; }
    public int getSequence() { return sequence; }
    public boolean isPinned() { return pinned; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    public boolean isPlaced() {
        return roomId != null && slotId != null;
    }

    /** Puts the session into a room from {@code slotId} on, {@code slotCount} slots long, ending at {@code endsAt}. */
    void place(long roomId, long slotId, int slotCount, Instant startsAt, Instant endsAt, Instant now) {
        boolean changed = !Objects.equals(this.roomId, roomId) || !Objects.equals(this.startsAt, startsAt)
                || !Objects.equals(this.endsAt, endsAt);
        this.roomId = roomId;
        this.slotId = slotId;
        this.slotCount = slotCount;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        if (changed) {
            touch(now);
        }
    }

    /** Pins it or lets it go; not a change of the public schedule (no sequence, no log). */
    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    /** Its slots' times changed (the organizer edited a slot). */
    void retime(Instant startsAt, Instant endsAt, Instant now) {
        if (!Objects.equals(this.startsAt, startsAt) || !Objects.equals(this.endsAt, endsAt)) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            touch(now);
        }
    }

    /** Back to the side list; a cancelled session waits there as an ordinary one again. */
    void unplace(Instant now) {
        if (isPlaced()) {
            roomId = null;
            slotId = null;
            startsAt = null;
            endsAt = null;
            status = PlacementStatus.SCHEDULED;
            touch(now);
        }
    }

    /** Its room was renamed, or its hosts changed: calendars show a new location or description. */
    void relocated(Instant now) {
        if (isPlaced()) {
            touch(now);
        }
    }

    void changeStatus(PlacementStatus next, Instant now) {
        if (status != next) {
            status = next;
            touch(now);
        }
    }

    private void touch(Instant now) {
        sequence++;
        updatedAt = now;
    }
}
