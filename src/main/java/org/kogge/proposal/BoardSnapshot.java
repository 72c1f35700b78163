package org.kogge.proposal;

import java.util.List;

/**
 * Everything the proposal board shows for the caller: the phases, the proposals, and how many votes the caller
 * has left ({@code null}: no budget, or not allowed to vote). The phases are those in force: closed once the
 * programme is published or the event is over, whatever the organizer's switches say. {@code loggedIn} false: a
 * visitor, who gets one call to log in ({@code BoardLoginCall}) instead of a vote button per card. {@code hasSeat}: the
 * caller holds a seat (is registered, not waiting), whatever the phases.
 */
public record BoardSnapshot(BarcampPhases phases, List<ProposalCard> proposals, List<TopicDto> topics, boolean canVote,
                        boolean canPropose, Integer votesLeft, int votesUsed, boolean loggedIn, boolean hasSeat) {
}
