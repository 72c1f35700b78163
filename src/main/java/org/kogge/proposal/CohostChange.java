package org.kogge.proposal;

/**
 * The hosts of a proposal changed because a person agreed to co-host it ({@link CohostAccepted}) or stopped
 * co-hosting it ({@link CohostLeft}). Published inside the transaction that changes it; listeners (the schedule,
 * whose programme and calendars name the hosts) hear of it after commit.
 */
public sealed interface CohostChange permits CohostAccepted, CohostLeft {

    long eventId();

    long proposalId();

    long personId();
}
