package org.kogge.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.account.CurrentUser;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Markdown;
import org.kogge.common.NotFoundException;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.registration.RegistrationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session proposals of a barcamp: the phases and topics the organizer sets, proposing and editing by
 * participants, moderation (accept, decline, merge), and the board with vote counts.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

    static final int TOPIC_MAX = 60;

    private final ProposalRepository proposals;
    private final VoteRepository votes;
    private final TopicRepository topics;
    private final BarcampSettingsRepository settings;
    private final EventGate events;
    private final RegistrationService registrations;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final BoardBroadcaster broadcaster;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public ProposalService(ProposalRepository proposals, VoteRepository votes, TopicRepository topics,
                           BarcampSettingsRepository settings, EventGate events, RegistrationService registrations,
                           PeopleDirectory people, CurrentUser currentUser, InputValidator validator,
                           BoardBroadcaster broadcaster, ApplicationEventPublisher publisher, Clock clock) {
        this.proposals = proposals;
        this.votes = votes;
        this.topics = topics;
        this.settings = settings;
        this.events = events;
        this.registrations = registrations;
        this.people = people;
        this.currentUser = currentUser;
        this.validator = validator;
        this.broadcaster = broadcaster;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ---- phases and topics (organizer) ----------------------------------------------------------------------

    public BarcampPhases phases(String slug) {
        return phasesOf(barcamp(events.visible(slug)).eventId());
    }

    @Transactional
    public BarcampPhases changePhases(String slug, boolean proposalsOpen, boolean votingOpen, Integer voteBudget) {
        EventRef t = barcamp(events.organized(slug));
        if (voteBudget != null && (voteBudget < 1 || voteBudget > 100)) {
            throw new InvalidInputException("voteBudget", "proposal.budget.range");
        }
        BarcampSettings s = settings.findById(t.eventId()).orElseGet(() -> settings.save(new BarcampSettings(t.eventId())));
        s.change(proposalsOpen, votingOpen, voteBudget);
        broadcaster.changed(t.eventId());
        return toPhases(s);
    }

    public List<TopicDto> topics(String slug) {
        return topicsOf(events.visible(slug).eventId());
    }

    @Transactional
    public TopicDto addTopic(String slug, String name) {
        EventRef t = barcamp(events.organized(slug));
        String clean = Texts.oneLine(name);
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(clean == null, "topic", "validation.required");
        problems.addIf(clean != null && clean.length() > TOPIC_MAX, "topic", "validation.too-long", 0, TOPIC_MAX);
        problems.addIf(clean != null && topicsOf(t.eventId()).stream().anyMatch(x -> x.name().equalsIgnoreCase(clean)),
                "topic", "proposal.topic.taken");
        problems.throwIfAny();
        Topic topic = topics.saveAndFlush(new Topic(t.eventId(), clean));
        return new TopicDto(topic.getId(), topic.getName());
    }

    @Transactional
    public void removeTopic(String slug, long topicId) {
        EventRef t = events.organized(slug);
        Topic topic = topics.findById(topicId).filter(x -> x.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("topic " + topicId));
        topics.delete(topic);
        broadcaster.changed(t.eventId());
    }

    // ---- proposing (participants) ---------------------------------------------------------------------------

    /** Proposes a session. Only participants with a seat, while proposals are open. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ProposalCard propose(String slug, ProposalForm form) {
        long me = currentUser.requireId();
        EventRef t = barcamp(events.visible(slug));
        if (!phasesOf(t.eventId()).proposalsOpen()) {
            throw new InvalidInputException(null, "proposal.phase.proposals-closed");
        }
        registrations.lockSeatOf(t.eventId(), me);
        Set<Long> cohosts = validate(t, form, me);
        Proposal p = new Proposal(t.eventId(), me, clock.instant());
        p.apply(form, cohosts, clock.instant());
        proposals.saveAndFlush(p);
        broadcaster.changed(t.eventId());
        return card(t, p);
    }

    /** The form for editing a proposal: its host while proposals are open, or the event's organizers. */
    public ProposalForm formFor(String slug, long proposalId) {
        EventRef t = events.visible(slug);
        Proposal p = editable(t, proposalId);
        ProposalForm f = new ProposalForm();
        f.setTitle(p.getTitle());
        f.setAbstractText(p.getAbstractText());
        f.setFormat(p.getFormat());
        f.setLanguage(p.getLanguage());
        f.setSlots(p.getSlots());
        f.setTopicIds(new HashSet<>(p.getTopicIds()));
        f.setCohostEmails(people.byIds(p.getCohostIds()).values().stream().map(PersonDto::email)
                .filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new)));
        return f;
    }

    @Transactional
    public ProposalCard update(String slug, long proposalId, ProposalForm form) {
        EventRef t = events.visible(slug);
        Proposal p = editable(t, proposalId);
        Set<Long> cohosts = validate(t, form, p.getHostId());
        p.apply(form, cohosts, clock.instant());
        proposals.flush();
        broadcaster.changed(t.eventId());
        return card(t, p);
    }

    /** The host withdraws their proposal while proposals are open; its votes go with it. */
    @Transactional
    public void withdraw(String slug, long proposalId) {
        EventRef t = events.visible(slug);
        Proposal p = proposalOf(t, proposalId);
        if (p.getHostId() != currentUser.requireId()) {
            throw new AccessDeniedException("not the host");
        }
        if (!phasesOf(t.eventId()).proposalsOpen() || p.getStatus() != ProposalStatus.OPEN) {
            throw new InvalidInputException(null, "proposal.phase.proposals-closed");
        }
        p.changeStatus(ProposalStatus.WITHDRAWN, null, clock.instant());
        votes.deleteByProposal(p.getId());
        broadcaster.changed(t.eventId());
    }

    // ---- moderation (organizer) -----------------------------------------------------------------------------

    @Transactional
    public void accept(String slug, long proposalId) {
        EventRef t = events.organized(slug);
        Proposal p = proposalOf(t, proposalId);
        requireStatus(p, ProposalStatus.OPEN, ProposalStatus.DECLINED);
        p.changeStatus(ProposalStatus.ACCEPTED, null, clock.instant());
        publisher.publishEvent(new ProposalAccepted(t.eventId(), p.getId(), p.getHostId()));
        broadcaster.changed(t.eventId());
    }

    /** Declines with a note to the proposer (required, so they learn why). */
    @Transactional
    public void decline(String slug, long proposalId, String note) {
        EventRef t = events.organized(slug);
        Proposal p = proposalOf(t, proposalId);
        requireStatus(p, ProposalStatus.OPEN, ProposalStatus.ACCEPTED);
        String clean = Texts.clean(note);
        InputValidator.Problems problems = new InputValidator.Problems();
        problems.addIf(clean == null, "note", "validation.required");
        problems.addIf(clean != null && clean.length() > 1000, "note", "validation.too-long", 0, 1000);
        problems.throwIfAny();
        boolean wasAccepted = p.getStatus() == ProposalStatus.ACCEPTED;
        p.changeStatus(ProposalStatus.DECLINED, clean, clock.instant());
        publisher.publishEvent(new ProposalDeclined(t.eventId(), p.getId(), p.getHostId(), wasAccepted));
        broadcaster.changed(t.eventId());
    }

    /** Puts an accepted or declined proposal back on the board as open. */
    @Transactional
    public void reopen(String slug, long proposalId) {
        EventRef t = events.organized(slug);
        Proposal p = proposalOf(t, proposalId);
        requireStatus(p, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED);
        boolean wasAccepted = p.getStatus() == ProposalStatus.ACCEPTED;
        p.changeStatus(ProposalStatus.OPEN, null, clock.instant());
        publisher.publishEvent(new ProposalReopened(t.eventId(), p.getId(), wasAccepted));
        broadcaster.changed(t.eventId());
    }

    /**
     * Merges a duplicate into another proposal: its votes carry over (a person who voted for both keeps one
     * vote), its host becomes a co-host, its topics are added.
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
        boolean wasAccepted = duplicate.getStatus() == ProposalStatus.ACCEPTED;
        duplicate.mergeInto(targetId, clock.instant());
        votes.flush();
        publisher.publishEvent(new ProposalMerged(t.eventId(), duplicateId, targetId, wasAccepted));
        broadcaster.changed(t.eventId());
        return card(t, target);
    }

    /** All proposals of an event for moderation, open ones first, then by votes. */
    public List<ProposalCard> forModeration(String slug) {
        EventRef t = events.organized(slug);
        List<Proposal> list = proposals.findByEventAndStatus(t.eventId(), EnumSet.of(
                ProposalStatus.OPEN, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED));
        return cards(t, list, currentUser.id().orElse(-1L)).stream()
                .sorted(Comparator.comparing((ProposalCard c) -> c.status().ordinal())
                        .thenComparing(ProposalCard::votes, Comparator.reverseOrder())
                        .thenComparing(ProposalCard::createdAt))
                .toList();
    }

    /** Accepted proposals with their votes, most wanted first: the input of the schedule. */
    public List<ProposalCard> accepted(String slug) {
        EventRef t = events.organized(slug);
        return cards(t, proposals.findByEventAndStatus(t.eventId(), EnumSet.of(ProposalStatus.ACCEPTED)), -1L).stream()
                .sorted(Comparator.comparing(ProposalCard::votes, Comparator.reverseOrder())).toList();
    }

    /**
     * The accepted sessions of an event the caller may see (its terms come from {@link EventGate}), with hosts,
     * topics and votes; a fixed number of queries, whatever their number.
     */
    public List<SessionContent> sessionContents(EventRef t) {
        return contents(t, proposals.findByEventAndStatus(t.eventId(), EnumSet.of(ProposalStatus.ACCEPTED)));
    }

    /**
     * The content of these proposals of an event, whatever their status now: what the schedule still shows of a
     * session that left it (a declined, reopened or merged proposal announced as cancelled in calendars).
     */
    public List<SessionContent> sessionContents(EventRef t, Collection<Long> proposalIds) {
        return contents(t, proposals.findAllById(proposalIds).stream().filter(p -> p.getEventId() == t.eventId()).toList());
    }

    private List<SessionContent> contents(EventRef t, List<Proposal> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : votes.countsByProposal(t.eventId())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, TopicDto> topicById = topicsOf(t.eventId()).stream()
                .collect(Collectors.toMap(TopicDto::id, Function.identity()));
        Set<Long> personIds = new HashSet<>();
        list.forEach(p -> {
            personIds.add(p.getHostId());
            personIds.addAll(p.getCohostIds());
        });
        Map<Long, PersonDto> persons = people.byIds(personIds);
        return list.stream().map(p -> {
            PersonDto host = persons.get(p.getHostId());
            List<String> names = new ArrayList<>();
            if (host != null && host.displayName() != null) {
                names.add(host.displayName());
            }
            p.getCohostIds().stream().map(persons::get).filter(Objects::nonNull).map(PersonDto::displayName)
                    .filter(Objects::nonNull).sorted().forEach(names::add);
            Set<Long> hostIds = new HashSet<>(p.getCohostIds());
            hostIds.add(p.getHostId());
            List<TopicDto> ts = p.getTopicIds().stream().map(topicById::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(TopicDto::name)).toList();
            return new SessionContent(p.getId(), p.getTitle(), p.getAbstractText(), p.getFormat(), p.getLanguage(),
                    p.getSlots(), Set.copyOf(hostIds), List.copyOf(names), host == null ? null : host.cityName(), ts,
                    counts.getOrDefault(p.getId(), 0L));
        }).toList();
    }

    // ---- the board ------------------------------------------------------------------------------------------

    /**
     * The board: open and accepted proposals with vote counts, filtered by topic and format, sorted by votes or
     * newest; plus the caller's own proposals in other states (declined with the note). A fixed number of queries,
     * whatever the number of proposals and votes.
     */
    public BoardSnapshot board(String slug, Long topicId, ProposalFormat format, BoardSort sort) {
        EventRef t = barcamp(events.visible(slug));
        long me = currentUser.id().orElse(-1L);
        List<Proposal> list = new ArrayList<>(proposals.findByEventAndStatus(t.eventId(),
                EnumSet.of(ProposalStatus.OPEN, ProposalStatus.ACCEPTED)));
        if (me > 0) {
            proposals.findByEventAndHost(t.eventId(), me).stream()
                    .filter(p -> p.getStatus() == ProposalStatus.DECLINED).forEach(list::add);
        }
        List<ProposalCard> cards = cards(t, list, me).stream()
                .filter(c -> topicId == null || c.topics().stream().anyMatch(x -> x.id() == topicId))
                .filter(c -> format == null || c.format() == format)
                .sorted(sort == BoardSort.NEWEST
                        ? Comparator.comparing(ProposalCard::createdAt).reversed().thenComparing(ProposalCard::id)
                        : Comparator.comparing(ProposalCard::votes).reversed()
                                .thenComparing(ProposalCard::createdAt).thenComparing(ProposalCard::id))
                .toList();
        BarcampPhases phases = phasesOf(t.eventId());
        boolean hasSeat = me > 0 && registrations.hasSeat(t.eventId(), me);
        int used = me > 0 ? (int) votes.countByEventIdAndPersonId(t.eventId(), me) : 0;
        Integer left = phases.voteBudget() == null || !hasSeat ? null : Math.max(0, phases.voteBudget() - used);
        return new BoardSnapshot(phases, cards, topicsOf(t.eventId()), hasSeat && phases.votingOpen(),
                hasSeat && phases.proposalsOpen(), left, used);
    }

    /** The event id behind a slug, for listening to board changes. */
    public long eventIdOf(String slug) {
        return events.visible(slug).eventId();
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private Set<Long> validate(EventRef t, ProposalForm form, long hostId) {
        form.setTitle(Texts.oneLine(form.getTitle()));
        form.setAbstractText(Texts.clean(form.getAbstractText()));
        InputValidator.Problems problems = validator.check(form);
        Set<Long> known = topicsOf(t.eventId()).stream().map(TopicDto::id).collect(Collectors.toSet());
        problems.addIf(!known.containsAll(form.getTopicIds()), "topicIds", "proposal.topic.unknown");
        Set<String> emails = form.getCohostEmails().stream().map(Texts::normalizeEmail).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, PersonDto> found = people.byEmails(emails);
        Set<Long> ids = found.values().stream().map(PersonDto::id).filter(id -> id != hostId).collect(Collectors.toSet());
        Set<Long> participants = registrations.participantsAmong(t.eventId(), ids);
        boolean allKnown = emails.stream().allMatch(e -> found.containsKey(e)
                && (found.get(e).id() == hostId || participants.contains(found.get(e).id())));
        problems.addIf(!allKnown, "cohostEmails", "proposal.cohost.not-participant");
        problems.throwIfAny();
        return ids;
    }

    private Proposal editable(EventRef t, long proposalId) {
        Proposal p = proposalOf(t, proposalId);
        if (events.isOrganizer(t)) {
            return p;
        }
        if (p.getHostId() != currentUser.requireId()) {
            throw new AccessDeniedException("not the host");
        }
        if (!phasesOf(t.eventId()).proposalsOpen() || p.getStatus() != ProposalStatus.OPEN) {
            throw new InvalidInputException(null, "proposal.phase.proposals-closed");
        }
        return p;
    }

    private Proposal proposalOf(EventRef t, long proposalId) {
        return proposals.findById(proposalId).filter(p -> p.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
    }

    private static void requireStatus(Proposal p, ProposalStatus... allowed) {
        if (!EnumSet.copyOf(List.of(allowed)).contains(p.getStatus())) {
            throw new InvalidInputException(null, "proposal.status.not-allowed");
        }
    }

    private static EventRef barcamp(EventRef t) {
        if (t.kind() != EventKind.BARCAMP) {
            throw new NotFoundException("barcamp " + t.slug());
        }
        return t;
    }

    private BarcampPhases phasesOf(long eventId) {
        return settings.findById(eventId).map(ProposalService::toPhases).orElse(BarcampPhases.CLOSED);
    }

    private static BarcampPhases toPhases(BarcampSettings s) {
        return new BarcampPhases(s.isProposalsOpen(), s.isVotingOpen(), s.getVoteBudget());
    }

    private List<TopicDto> topicsOf(long eventId) {
        return topics.findByEventIdOrderByNameAsc(eventId).stream().map(x -> new TopicDto(x.getId(), x.getName())).toList();
    }

    private ProposalCard card(EventRef t, Proposal p) {
        return cards(t, List.of(p), currentUser.id().orElse(-1L)).get(0);
    }

    /** Cards for many proposals with a fixed number of queries: counts, my votes, topics, people. */
    private List<ProposalCard> cards(EventRef t, Collection<Proposal> list, long me) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : votes.countsByProposal(t.eventId())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        Set<Long> mine = me > 0 ? new HashSet<>(votes.proposalsVotedBy(t.eventId(), me)) : Set.of();
        Map<Long, TopicDto> topicById = topicsOf(t.eventId()).stream().collect(Collectors.toMap(TopicDto::id, Function.identity()));
        Set<Long> personIds = new HashSet<>();
        list.forEach(p -> {
            personIds.add(p.getHostId());
            personIds.addAll(p.getCohostIds());
        });
        Map<Long, PersonDto> persons = people.byIds(personIds);
        return list.stream().map(p -> {
            PersonDto host = persons.get(p.getHostId());
            List<String> cohosts = p.getCohostIds().stream().map(persons::get).filter(Objects::nonNull)
                    .map(PersonDto::displayName).filter(Objects::nonNull).sorted().toList();
            List<TopicDto> ts = p.getTopicIds().stream().map(topicById::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(TopicDto::name)).toList();
            boolean isMine = p.isHostedBy(me);
            return new ProposalCard(p.getId(), p.getTitle(), p.getAbstractText(), Markdown.toSafeHtml(p.getAbstractText()),
                    p.getFormat(), p.getLanguage(), p.getSlots(), p.getStatus(),
                    isMine || events.isOrganizer(t) ? p.getDeclineNote() : null, p.getHostId(),
                    host == null ? null : host.displayName(), host == null ? null : host.cityName(), cohosts, ts,
                    counts.getOrDefault(p.getId(), 0L), mine.contains(p.getId()), isMine, p.getCreatedAt());
        }).toList();
    }
}
