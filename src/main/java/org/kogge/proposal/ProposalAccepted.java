package org.kogge.proposal;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An organizer accepted a proposal (open or declined before): it is a session of the event now. Published inside
 * the transaction that accepts it; listeners hear of it after commit.
 */
@DomainEvent
public record ProposalAccepted(long eventId, long proposalId, long hostId) implements ProposalDecision {
}
