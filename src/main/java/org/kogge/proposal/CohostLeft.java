package org.kogge.proposal;

/** A co-host left the proposal (by themselves, or taken off by the proposer or an organizer in the form). */
public record CohostLeft(long eventId, long proposalId, long personId) implements CohostChange {
}
