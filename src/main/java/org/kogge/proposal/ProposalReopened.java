package org.kogge.proposal;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An organizer put an accepted or declined proposal back on the board as open. Published inside the transaction
 * that reopens it; listeners hear of it after commit. {@code wasAccepted}: it was a session until now.
 */
@DomainEvent
public record ProposalReopened(long eventId, long proposalId, boolean wasAccepted) implements ProposalDecision {
}
