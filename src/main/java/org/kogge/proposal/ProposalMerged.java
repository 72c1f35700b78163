package org.kogge.proposal;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An organizer merged a duplicate proposal into another ({@code targetId}), which took over its votes, host and
 * topics; the duplicate is gone from the board. Published inside the transaction that merges; listeners hear of it
 * after commit. {@code wasAccepted}: the duplicate was a session until now.
 */
@DomainEvent
public record ProposalMerged(long eventId, long duplicateId, long targetId, boolean wasAccepted)
        implements ProposalDecision {

    /** The duplicate, which went. */
    @Override
    public long proposalId() {
        return duplicateId;
    }
}
