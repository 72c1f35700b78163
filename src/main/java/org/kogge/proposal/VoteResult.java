package org.kogge.proposal;

/** After a vote toggle: whether I now vote for it, its count, and my votes left ({@code null}: no budget). */
public record VoteResult(boolean voted, long votes, Integer votesLeft) {
}
