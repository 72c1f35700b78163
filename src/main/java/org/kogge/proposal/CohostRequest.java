package org.kogge.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.EventPart;
import org.kogge.common.feed.NotInFeeds;

/**
 * A pending request to co-host a proposal, addressed to an email as the proposer typed it (normalized). Whether the
 * email belongs to anybody is never looked up for the proposer; the person logged in with it accepts (and becomes a
 * co-host, the request goes) or declines (the request goes). Never in a feed: a pending request names nobody
 * publicly, so it leaves the feeds' change stamps alone.
 */
@NotInFeeds
@Entity
@Table(name = "cohost_request")
class CohostRequest extends EventPart {

    @Column(name = "proposal_id")
    private long proposalId;

    private String email;

    private Instant createdAt;

    protected CohostRequest() {
    }

    CohostRequest(long eventId, long proposalId, String email, Instant now) {
        super(eventId);
        this.proposalId = proposalId;
        this.email = email;
        this.createdAt = now;
    }

    long getProposalId() { return proposalId; }
    String getEmail() { return email; }
    Instant getCreatedAt() { return createdAt; }

    /** Moves the request to the proposal a duplicate was merged into. */
    void moveTo(long targetId) {
        proposalId = targetId;
    }
}
