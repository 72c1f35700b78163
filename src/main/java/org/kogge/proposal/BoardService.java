package org.kogge.proposal;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kogge.account.CurrentUser;
import org.kogge.common.feed.SharedSnapshots;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.registration.RegistrationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading a barcamp's proposals: the board (filtered, sorted, with the caller's votes and budget), the list for
 * moderation, and the accepted sessions the schedule places. Each a fixed number of queries, whatever the number
 * of proposals and votes. What all open boards of an event show alike is computed once per change of the event
 * ({@link SharedSnapshots}), with what each viewer's part is made from (who voted for what, who holds a seat, the
 * declined proposals for their hosts): a board read between two changes reads the event's terms and nothing else,
 * so a vote that reaches 500 open boards costs one computation and 500 look-ups in memory.
 */
@Service
@Transactional(readOnly = true)
public class BoardService {

    private static final String SHARED_BOARD = "proposal-board";
    /** Most votes first, then the older, then by id: the board's order by votes. */
    private static final Comparator<ProposalCard> BY_VOTES = Comparator.comparingLong(ProposalCard::votes).reversed()
            .thenComparing(ProposalCard::createdAt).thenComparingLong(ProposalCard::id);
    /** The newest first, then by id. */
    private static final Comparator<ProposalCard> NEWEST = Comparator.comparing(ProposalCard::createdAt).reversed()
            .thenComparingLong(ProposalCard::id);

    private final ProposalRepository proposals;
    private final VoteRepository votes;
    private final BarcampSettingsService settings;
    private final ProposalCards cards;
    private final EventGate events;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final SharedSnapshots snapshots;
    private final Clock clock;
    private final HostedProposals hosted;
    /** Reads the shared board in one read-only transaction, also for a board read outside one. */
    private final TransactionTemplate reading;

    BoardService(ProposalRepository proposals, VoteRepository votes, BarcampSettingsService settings,
                 ProposalCards cards, EventGate events, RegistrationService registrations, CurrentUser currentUser,
                 SharedSnapshots snapshots, Clock clock, PlatformTransactionManager transactions,
                 HostedProposals hosted) {
        this.hosted = hosted;
        this.proposals = proposals;
        this.votes = votes;
        this.settings = settings;
        this.cards = cards;
        this.events = events;
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.snapshots = snapshots;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    /**
     * The board: open and accepted proposals with vote counts, filtered by topic and format, sorted by votes or
     * newest; plus the caller's own proposals in other states (declined with the note). Everything comes from the
     * event's shared board (computed once per change of the event, a fixed number of queries whatever the number of
     * proposals, votes and viewers). A board read between two changes outside a transaction (an open board told of
     * a vote) needs no query and no transaction at all: the event's terms come from memory too ({@link EventGate}).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BoardSnapshot board(String slug, Long topicId, ProposalFormat format, BoardSort sort) {
        EventRef t = events.visible(slug).ofKind(EventKind.BARCAMP);
        long me = currentUser.id().orElse(-1L);
        SharedBoard shared = snapshots.get(SHARED_BOARD, t.eventId(),
                () -> reading.execute(status -> sharedBoard(t)));
        Set<Long> myVotes = shared.votesOf(me);
        boolean organizer = events.isOrganizer(t);
        List<ProposalCard> shown = (sort == BoardSort.NEWEST ? shared.newest() : shared.byVotes()).stream()
                .filter(c -> c.card().status().isOnBoard() || c.card().hostId() == me)
                .filter(c -> topicId == null || c.card().topics().stream().anyMatch(x -> x.id() == topicId))
                .filter(c -> format == null || c.card().format() == format)
                .map(c -> c.seenBy(me, myVotes, organizer))
                .toList();
        BarcampPhases phases = shared.switches().inForce(t, clock.instant());
        boolean hasSeat = shared.seatHolders().contains(me);
        int used = myVotes.size();
        Integer left = phases.voteBudget() == null || !hasSeat ? null : Math.max(0, phases.voteBudget() - used);
        return new BoardSnapshot(phases, shown, shared.topics(), hasSeat && phases.votingOpen(),
                hasSeat && phases.proposalsOpen(), left, used, me > 0, hasSeat);
    }

    /**
     * What every open board of an event shows alike, and what its viewers' parts are made from: the open, accepted
     * and declined proposals with their counts (one query for all votes), topics, the organizer's phase switches,
     * who voted for what and who holds a seat.
     */
    private SharedBoard sharedBoard(EventRef t) {
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, Set<Long>> votesByPerson = new HashMap<>();
        for (Object[] row : votes.votersByProposal(t.eventId())) {
            counts.merge((Long) row[0], 1L, Long::sum);
            votesByPerson.computeIfAbsent((Long) row[1], k -> new HashSet<>()).add((Long) row[0]);
        }
        List<ProposalCards.SharedCard> shared = cards.shared(t, proposals.findByEventAndStatus(t.eventId(),
                EnumSet.of(ProposalStatus.OPEN, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED)), counts);
        votesByPerson.replaceAll((person, ids) -> Set.copyOf(ids));
        return new SharedBoard(sorted(shared, BY_VOTES), sorted(shared, NEWEST), settings.topicsOf(t.eventId()), settings.phasesOf(t.eventId()),
                Map.copyOf(votesByPerson), Set.copyOf(registrations.seatHolders(t.eventId())));
    }

    private static List<ProposalCards.SharedCard> sorted(List<ProposalCards.SharedCard> cards,
                                                         Comparator<ProposalCard> order) {
        return cards.stream().sorted(Comparator.comparing(ProposalCards.SharedCard::card, order)).toList();
    }

    /**
     * The part of a board that all its viewers share, computed once per change of the event; immutable. The cards
     * come sorted both ways a board sorts them (what a viewer sees differently does not change the order), so that
     * a board filters them and sorts nothing.
     */
    private record SharedBoard(List<ProposalCards.SharedCard> byVotes, List<ProposalCards.SharedCard> newest,
                               List<TopicDto> topics, BarcampPhases switches, Map<Long, Set<Long>> votesByPerson,
                               Set<Long> seatHolders) {

        /** The proposals this person voted for (none for visitors). */
        Set<Long> votesOf(long person) {
            return votesByPerson.getOrDefault(person, Set.of());
        }
    }

    /** The event id behind a slug, for listening to board changes. */
    public long eventIdOf(String slug) {
        return events.visible(slug).eventId();
    }

    /** All proposals of an event for moderation, open ones first, then by votes. */
    public List<ProposalCard> forModeration(String slug) {
        EventRef t = events.organized(slug);
        List<Proposal> list = proposals.findByEventAndStatus(t.eventId(), EnumSet.of(
                ProposalStatus.OPEN, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED));
        return cards.cards(t, list, currentUser.id().orElse(-1L)).stream()
                .sorted(Comparator.comparing((ProposalCard c) -> c.status().ordinal())
                        .thenComparing(ProposalCard::votes, Comparator.reverseOrder())
                        .thenComparing(ProposalCard::createdAt))
                .toList();
    }

    /** Accepted proposals with their votes, most wanted first: the input of the schedule. */
    public List<ProposalCard> accepted(String slug) {
        EventRef t = events.organized(slug);
        List<Proposal> list = proposals.findByEventAndStatus(t.eventId(), EnumSet.of(ProposalStatus.ACCEPTED));
        return cards.cards(t, list, -1L).stream()
                .sorted(Comparator.comparing(ProposalCard::votes, Comparator.reverseOrder())).toList();
    }

    /**
     * The accepted sessions of an event the caller may see (its terms come from {@link EventGate}), with hosts,
     * topics and votes; a fixed number of queries, whatever their number.
     */
    public List<SessionContent> sessionContents(EventRef t) {
        return cards.sessions(t, proposals.findByEventAndStatus(t.eventId(), EnumSet.of(ProposalStatus.ACCEPTED)));
    }

    /**
     * The events in which a person hosts or co-hosts an accepted session (one query): where their own sessions may
     * stand in a published programme, for their agenda and calendar feed. Whether those events and programmes are
     * public is the caller's to check.
     */
    public Set<Long> eventsWithSessionsHostedBy(long personId) {
        return Set.copyOf(proposals.findEventsWithAcceptedHostedBy(personId));
    }

    /**
     * The logged-in person's proposals across all events, hosted or co-hosted (accepted co-host only), newest first,
     * with the co-host requests addressed to them and the events of both: a fixed number of queries, whatever their
     * number. Who "me" is comes from the login, never from the caller; anonymous callers are refused.
     */
    public MyProposals hostedByMe() {
        return hosted.of(currentUser.requireId());
    }

    /** Voters and step-free needs of the accepted sessions of an event (two queries), for the auto-scheduler. */
    public PlanningDemand planningDemand(EventRef t) {
        java.util.Map<Long, java.util.Set<Long>> voters = new java.util.HashMap<>();
        for (Object[] row : votes.votersByProposal(t.eventId())) {
            voters.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((Long) row[1]);
        }
        java.util.Set<Long> stepFree = new java.util.HashSet<>();
        proposals.findByEventAndStatus(t.eventId(), EnumSet.of(ProposalStatus.ACCEPTED)).stream()
                .filter(Proposal::needsStepFree).forEach(p -> stepFree.add(p.getId()));
        return new PlanningDemand(voters, stepFree);
    }

    /**
     * The content of these proposals of an event, whatever their status now: what the schedule still shows of a
     * session that left it (a declined, reopened or merged proposal announced as cancelled in calendars).
     */
    public List<SessionContent> sessionContents(EventRef t, java.util.Collection<Long> proposalIds) {
        return cards.sessions(t, proposals.findAllById(proposalIds).stream()
                .filter(p -> p.getEventId() == t.eventId()).toList());
    }
}
