package org.kogge.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.EventPart;

/** One change to a published schedule, as the public "changes since" list shows it. */
@Entity
@Table(name = "schedule_change")
public class ScheduleChange extends EventPart {

    @Column(name = "proposal_id")
    private long proposalId;

    @Enumerated(EnumType.STRING)
    private ChangeKind kind;

    private String title;
    private String oldRoom;
    private String newRoom;
    private Instant oldStartsAt;
    private Instant newStartsAt;
    private Instant changedAt;

    protected ScheduleChange() {
    }

    ScheduleChange(long eventId, long proposalId, ChangeKind kind, String title, String oldRoom, String newRoom,
                   Instant oldStartsAt, Instant newStartsAt, Instant changedAt) {
        super(eventId);
        this.proposalId = proposalId;
        this.kind = kind;
        this.title = title;
        this.oldRoom = oldRoom;
        this.newRoom = newRoom;
        this.oldStartsAt = oldStartsAt;
        this.newStartsAt = newStartsAt;
        this.changedAt = changedAt;
    }

    public long getProposalId() { return proposalId; }
    public ChangeKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getOldRoom() { return oldRoom; }
    public String getNewRoom() { return newRoom; }
    public Instant getOldStartsAt() { return oldStartsAt; }
    public Instant getNewStartsAt() { return newStartsAt; }
    public Instant getChangedAt() { return changedAt; }
}
