package org.kogge.proposal;

/**
 * An organizer's decision on a proposal of an event: accepted, declined, reopened, or merged into another (then
 * {@link #proposalId()} is the duplicate that went). Listen to one kind, or to all of them.
 */
public sealed interface ProposalDecision permits ProposalAccepted, ProposalDeclined, ProposalReopened, ProposalMerged {

    long eventId();

    /** The proposal decided on. */
    long proposalId();
}
