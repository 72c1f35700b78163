package org.kogge.proposal;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An organizer declined a proposal (open or accepted before), with a note to its host. Published inside the
 * transaction that declines it; listeners hear of it after commit. {@code wasAccepted}: it was a session until now.
 */
@DomainEvent
public record ProposalDeclined(long eventId, long proposalId, long hostId, boolean wasAccepted)
        implements ProposalDecision {
}
