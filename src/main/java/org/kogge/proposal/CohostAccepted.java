package org.kogge.proposal;

/** A person accepted a co-host request and is now named as a host of the proposal. */
public record CohostAccepted(long eventId, long proposalId, long personId) implements CohostChange {
}
