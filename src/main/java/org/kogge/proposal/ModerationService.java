package org.kogge.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of a barcamp's proposals by its organizers: accept, decline with a note, reopen, and merge a
 * duplicate into another proposal. Each is one transaction that changes a proposal's status and publishes what it
 * decided ({@link ProposalDecision}); the schedule follows these events after commit.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    private final ProposalRepository proposals;
    private final VoteRepository votes;
    private final ProposalCards cards;
    private final CohostRequests cohostRequests;
    private final EventGate events;
    private final LiveBroadcaster broadcaster;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ModerationService(ProposalRepository proposals, VoteRepository votes, ProposalCards cards,
                      CohostRequests cohostRequests, EventGate events,
                      LiveBroadcaster broadcaster, ApplicationEventPublisher publisher, Clock clock) {
        this.proposals = proposals;
        this.votes = votes;
        this.cards = cards;
        this.cohostRequests = cohostRequests;
        this.events = events;
        this.broadcaster = broadcaster;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The organizer's figures of a barcamp's proposals: how many wait for a decision, are accepted, votes cast. */
    public ProposalFigures figures(String slug) {
        EventRef t = events.organized(slug);
        java.util.Map<ProposalStatus, Long> byStatus = new java.util.EnumMap<>(ProposalStatus.class);
        for (Object[] row : proposals.countsByStatus(t.eventId())) {
            byStatus.put((ProposalStatus) row[0], ((Number) row[1]).longValue());
        }
        Object[] totals = votes.totals(t.eventId()).get(0);
        return new ProposalFigures(byStatus.getOrDefault(ProposalStatus.OPEN, 0L),
                byStatus.getOrDefault(ProposalStatus.ACCEPTED, 0L), byStatus.getOrDefault(ProposalStatus.DECLINED, 0L),
                ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    @Transactional
    public void accept(String slug, long proposalId) {
        EventRef t = events.organized(slug);
        Proposal p = proposals.ofEvent(t, proposalId);
        requireStatus(p, ProposalStatus.OPEN, ProposalStatus.DECLINED);
        p.changeStatus(ProposalStatus.ACCEPTED, null, clock.instant());
        publisher.publishEvent(new ProposalAccepted(t.eventId(), p.getId(), p.getHostId()));
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
    }

    /** Declines with a note to the proposer (required, so they learn why). */
    @Transactional
    public void decline(String slug, long proposalId, String note) {
        EventRef t = events.organized(slug);
        Proposal p = proposals.ofEvent(t, proposalId);
        requireStatus(p, ProposalStatus.OPEN, ProposalStatus.ACCEPTED);
        String clean = Texts.clean(note);
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(clean == null, "note", "validation.required");
        problems.addIf(clean != null && clean.length() > 1000, "note", "validation.too-long", 0, 1000);
        problems.throwIfAny();
        boolean wasAccepted = p.getStatus() == ProposalStatus.ACCEPTED;
        p.changeStatus(ProposalStatus.DECLINED, clean, clock.instant());
        publisher.publishEvent(new ProposalDeclined(t.eventId(), p.getId(), p.getHostId(), wasAccepted));
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
    }

    /** Puts an accepted or declined proposal back on the board as open. */
    @Transactional
    public void reopen(String slug, long proposalId) {
        EventRef t = events.organized(slug);
        Proposal p = proposals.ofEvent(t, proposalId);
        requireStatus(p, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED);
        boolean wasAccepted = p.getStatus() == ProposalStatus.ACCEPTED;
        p.changeStatus(ProposalStatus.OPEN, null, clock.instant());
        publisher.publishEvent(new ProposalReopened(t.eventId(), p.getId(), wasAccepted));
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
    }

    /**
     * Merges a duplicate into another proposal: its votes carry over (a person who voted for both keeps one
     * vote), its host and co-hosts become co-hosts, its topics are added, its pending co-host requests move over.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ProposalCard merge(String slug, long duplicateId, long targetId) {
        EventRef t = events.organized(slug);
        if (duplicateId == targetId) {
            throw new InvalidInputException("target", "proposal.merge.same");
        }
        // Lock both in id order so that two merges never wait on each other crosswise.
        Proposal first = proposals.lockById(Math.min(duplicateId, targetId)).orElseThrow(() -> new NotFoundException("proposal"));
        Proposal second = proposals.lockById(Math.max(duplicateId, targetId)).orElseThrow(() -> new NotFoundException("proposal"));
        Proposal duplicate = first.getId() == duplicateId ? first : second;
        Proposal target = first.getId() == targetId ? first : second;
        if (duplicate.getEventId() != t.eventId() || target.getEventId() != t.eventId()) {
            throw new NotFoundException("proposal");
        }
        requireStatus(duplicate, ProposalStatus.OPEN, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED);
        requireStatus(target, ProposalStatus.OPEN, ProposalStatus.ACCEPTED);
        Set<Long> targetVoters = votes.findByProposal(targetId).stream().map(Vote::getPersonId).collect(Collectors.toSet());
        Set<Long> targetHosts = new HashSet<>(target.getCohostIds());
        targetHosts.add(target.getHostId());
        List<Vote> carried = new ArrayList<>();
        for (Vote v : votes.findByProposal(duplicateId)) {
            if (!targetVoters.contains(v.getPersonId()) && !targetHosts.contains(v.getPersonId())) {
                carried.add(new Vote(t.eventId(), targetId, v.getPersonId(), clock.instant()));
            }
        }
        votes.deleteByProposal(duplicateId);
        votes.saveAll(carried);
        Set<Long> newHosts = new HashSet<>(duplicate.getCohostIds());
        newHosts.add(duplicate.getHostId());
        // A new co-host may not vote for their own session any more.
        votes.findByProposal(targetId).stream().filter(v -> newHosts.contains(v.getPersonId())).forEach(votes::delete);
        target.addCohosts(newHosts);
        target.addTopics(duplicate.getTopicIds());
        cohostRequests.moveAll(duplicateId, targetId);
        boolean wasAccepted = duplicate.getStatus() == ProposalStatus.ACCEPTED;
        duplicate.mergeInto(targetId, clock.instant());
        votes.flush();
        publisher.publishEvent(new ProposalMerged(t.eventId(), duplicateId, targetId, wasAccepted));
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
        return cards.card(t, target);
    }

    private static void requireStatus(Proposal p, ProposalStatus... allowed) {
        if (!EnumSet.copyOf(List.of(allowed)).contains(p.getStatus())) {
            throw new InvalidInputException(null, "proposal.status.not-allowed");
        }
    }
}
