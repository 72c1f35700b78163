package org.kogge.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.EventPart;
import org.kogge.common.feed.NotInFeeds;

/** One person's vote for one proposal. */
@Entity
@NotInFeeds
@Table(name = "vote")
public class Vote extends EventPart {

    @Column(name = "proposal_id")
    private long proposalId;

    @Column(name = "person_id")
    private long personId;

    private Instant createdAt;

    protected Vote() {
    }

    Vote(long eventId, long proposalId, long personId, Instant now) {
        super(eventId);
        this.proposalId = proposalId;
        this.personId = personId;
        this.createdAt = now;
    }

    public long getProposalId() { return proposalId; }
    public long getPersonId() { return personId; }
}
