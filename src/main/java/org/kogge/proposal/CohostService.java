package org.kogge.proposal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kogge.account.CurrentUser;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.Texts;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.registration.RegistrationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-hosts agree before they are named. A proposer names emails ({@link CohostRequests}); the person logged in with
 * such an email, with a seat at the barcamp, accepts (and is named as a host from then on) or declines; a co-host
 * leaves whenever they like; the proposer or an organizer withdraws a pending request. Only the person addressed
 * answers a request, and a request to somebody else is answered like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class CohostService {

    private final CohostRequestRepository requests;
    private final ProposalRepository proposals;
    private final VoteRepository votes;
    private final EventGate events;
    private final RegistrationService registrations;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final LiveBroadcaster broadcaster;
    private final ApplicationEventPublisher publisher;

    CohostService(CohostRequestRepository requests, ProposalRepository proposals, VoteRepository votes,
                  EventGate events, RegistrationService registrations, PeopleDirectory people, CurrentUser currentUser,
                  LiveBroadcaster broadcaster, ApplicationEventPublisher publisher) {
        this.requests = requests;
        this.proposals = proposals;
        this.votes = votes;
        this.events = events;
        this.registrations = registrations;
        this.people = people;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.publisher = publisher;
    }

    /** The caller's requests, co-hosted sessions and sent requests at a barcamp; nothing for anonymous callers. */
    public CohostOverview overview(String slug) {
        EventRef t = events.visible(slug);
        Optional<Long> me = currentUser.id();
        if (me.isEmpty()) {
            return CohostOverview.NONE;
        }
        long id = me.get();
        List<CohostRequest> toMe = emailOf(id).map(e -> requests.findByEventIdAndEmailOrderByCreatedAtAscIdAsc(
                t.eventId(), e)).orElse(List.of());
        List<CohostRequest> sent = requests.findByEventAndHost(t.eventId(), id);
        Map<Long, Proposal> byId = proposals.findAllById(
                        Stream.concat(toMe.stream(), sent.stream()).map(CohostRequest::getProposalId)
                                .collect(Collectors.toSet())).stream()
                .filter(p -> isLive(p.getStatus())).collect(Collectors.toMap(Proposal::getId, Function.identity()));
        Map<Long, PersonDto> hosts = people.byIds(byId.values().stream().map(Proposal::getHostId)
                .collect(Collectors.toSet()));
        List<CohostOverview.Invite> invites = toMe.stream().filter(r -> byId.containsKey(r.getProposalId()))
                .map(r -> {
                    Proposal p = byId.get(r.getProposalId());
                    PersonDto host = hosts.get(p.getHostId());
                    return new CohostOverview.Invite(p.getId(), p.getTitle(),
                            host == null ? null : host.displayName());
                }).toList();
        List<CohostOverview.Session> cohosting = proposals.findCohostedBy(t.eventId(), id).stream()
                .filter(p -> isLive(p.getStatus())).map(p -> new CohostOverview.Session(p.getId(), p.getTitle()))
                .toList();
        List<CohostOverview.Sent> mine = sent.stream().filter(r -> byId.containsKey(r.getProposalId()))
                .map(r -> new CohostOverview.Sent(r.getId(), r.getProposalId(), byId.get(r.getProposalId()).getTitle(),
                        r.getEmail())).toList();
        return new CohostOverview(registrations.hasSeat(t.eventId(), id), invites, cohosting, mine);
    }

    /**
     * The caller accepts the request to their email on a proposal and is a co-host from now on (a vote of theirs
     * for the session goes: hosts do not vote for their own). Needs a seat at the barcamp. Accepting twice is
     * harmless: the proposal is locked first, and a request already accepted has gone while its co-host stays.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void accept(String slug, long proposalId) {
        long me = currentUser.requireId();
        EventRef t = events.visible(slug);
        Proposal p = locked(t, proposalId);
        Optional<CohostRequest> request = requestTo(me, p);
        if (request.isEmpty()) {
            if (p.getCohostIds().contains(me)) {
                return;
            }
            throw new InvalidInputException(null, "proposal.cohost.request-gone");
        }
        if (!isLive(p.getStatus())) {
            throw new InvalidInputException(null, "proposal.status.not-allowed");
        }
        if (!registrations.hasSeat(t.eventId(), me)) {
            throw new InvalidInputException(null, "proposal.cohost.register-first");
        }
        requests.delete(request.get());
        if (p.addCohost(me)) {
            votes.findByProposalIdAndPersonId(p.getId(), me).ifPresent(votes::delete);
            publisher.publishEvent(new CohostAccepted(t.eventId(), p.getId(), me));
        }
        votes.flush();
        proposals.flush();
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
    }

    /** The caller declines the request to their email on a proposal; the proposer sees it gone, as if withdrawn. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void decline(String slug, long proposalId) {
        long me = currentUser.requireId();
        EventRef t = events.visible(slug);
        Proposal p = locked(t, proposalId);
        CohostRequest request = requestTo(me, p)
                .orElseThrow(() -> new InvalidInputException(null, "proposal.cohost.request-gone"));
        requests.delete(request);
        requests.flush();
    }

    /** The caller stops co-hosting a session; they are named no more (board, programme, calendars). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void leave(String slug, long proposalId) {
        long me = currentUser.requireId();
        EventRef t = events.visible(slug);
        Proposal p = locked(t, proposalId);
        if (!p.removeCohost(me)) {
            throw new InvalidInputException(null, "proposal.cohost.not-cohost");
        }
        proposals.flush();
        publisher.publishEvent(new CohostLeft(t.eventId(), p.getId(), me));
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
    }

    /** The proposer (or an organizer) withdraws a pending request. */
    @Transactional
    public void withdraw(String slug, long requestId) {
        long me = currentUser.requireId();
        EventRef t = events.visible(slug);
        // Gone already (answered, or withdrawn in another tab): said like decline says it, never an error page.
        CohostRequest r = requests.findById(requestId).filter(x -> x.getEventId() == t.eventId())
                .orElseThrow(() -> new InvalidInputException(null, "proposal.cohost.request-gone"));
        Proposal p = proposals.ofEvent(t, r.getProposalId());
        if (p.getHostId() != me && !events.isOrganizer(t)) {
            throw new AccessDeniedException("not the proposer");
        }
        requests.delete(r);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    /** A proposal of this event, locked: answers to requests and leaving take turns with each other. */
    private Proposal locked(EventRef t, long proposalId) {
        return proposals.lockById(proposalId).filter(p -> p.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
    }

    /** The pending request to the caller's email on this proposal; only they can answer it, nobody else finds it. */
    private Optional<CohostRequest> requestTo(long me, Proposal p) {
        return emailOf(me).flatMap(e -> requests.findByProposalIdAndEmail(p.getId(), e));
    }

    private Optional<String> emailOf(long personId) {
        return Optional.ofNullable(people.byIds(Set.of(personId)).get(personId)).map(PersonDto::email)
                .map(Texts::normalizeEmail);
    }

    /** Proposals whose requests and co-hosts still matter: not withdrawn, not merged away. */
    private static boolean isLive(ProposalStatus s) {
        return s != ProposalStatus.WITHDRAWN && s != ProposalStatus.MERGED;
    }
}
