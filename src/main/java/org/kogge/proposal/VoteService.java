package org.kogge.proposal;

import java.time.Clock;
import org.kogge.account.CurrentUser;
import org.kogge.common.InvalidInputException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.registration.RegistrationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting on proposals: a toggle per person and proposal. A person's votes at one event take turns on their
 * registration row (locked first), so the budget holds and one person never has two votes for a proposal, however
 * fast they click; counts are always counted from the stored votes.
 */
@Service
@Transactional(readOnly = true)
public class VoteService {

    private final VoteRepository votes;
    private final ProposalRepository proposals;
    private final BarcampSettingsService settings;
    private final EventGate events;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final LiveBroadcaster broadcaster;
    private final Clock clock;

    public VoteService(VoteRepository votes, ProposalRepository proposals, BarcampSettingsService settings,
                       EventGate events, RegistrationService registrations, CurrentUser currentUser,
                       LiveBroadcaster broadcaster, Clock clock) {
        this.votes = votes;
        this.proposals = proposals;
        this.settings = settings;
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** Votes for the proposal, or takes the vote back if there is one. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public VoteResult toggle(String slug, long proposalId) {
        long me = currentUser.requireConfirmedId();
        EventRef t = events.visible(slug);
        BarcampPhases phase = settings.inForce(t);
        if (!phase.votingOpen()) {
            throw new InvalidInputException(null, "proposal.phase.voting-closed");
        }
        registrations.lockSeatOf(t.eventId(), me);
        Proposal p = proposals.ofEvent(t, proposalId);
        if (!p.getStatus().isOnBoard()) {
            throw new InvalidInputException(null, "proposal.status.not-allowed");
        }
        if (p.isHostedBy(me)) {
            throw new InvalidInputException(null, "proposal.vote.own");
        }
        var existing = votes.findByProposalIdAndPersonId(proposalId, me);
        if (existing.isPresent()) {
            votes.delete(existing.get());
        } else {
            Integer budget = phase.voteBudget();
            if (budget != null && votes.countByEventIdAndPersonId(t.eventId(), me) >= budget) {
                throw new InvalidInputException(null, "proposal.vote.budget-used", budget);
            }
            votes.save(new Vote(t.eventId(), proposalId, me, clock.instant()));
        }
        votes.flush();
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
        Integer budget = phase.voteBudget();
        long used = votes.countByEventIdAndPersonId(t.eventId(), me);
        return new VoteResult(existing.isEmpty(), votes.countByProposalId(proposalId),
                budget == null ? null : (int) Math.max(0, budget - used));
    }
}
