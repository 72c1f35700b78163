package org.kogge.proposal;

import java.util.List;

/**
 * Everything the proposal board shows for the caller: the phases, the proposals, and how many votes the caller
 * has left ({@code null}: no budget, or not allowed to vote).
 */
public record BoardSnapshot(BarcampPhases phases, List<ProposalCard> proposals, List<TopicDto> topics, boolean canVote,
                        boolean canPropose, Integer votesLeft, int votesUsed) {
}
