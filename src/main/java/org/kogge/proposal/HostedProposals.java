package org.kogge.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.account.PersonName;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;
import org.springframework.stereotype.Component;

/**
 * A person's proposals across all events, with the co-host requests to them: a fixed number of queries whatever the
 * number of proposals and events (proposals with co-hosts, the person's email, requests to it and their proposals,
 * events, phases, votes, names). Proposals of events that are drafts again are left out, as the board leaves them.
 */
@Component
class HostedProposals {

    private final ProposalRepository proposals;
    private final VoteRepository votes;
    private final CohostRequestRepository requests;
    private final BarcampSettingsRepository settings;
    private final PeopleDirectory people;
    private final EventGate events;
    private final Clock clock;

    HostedProposals(ProposalRepository proposals, VoteRepository votes, CohostRequestRepository requests,
                    BarcampSettingsRepository settings, PeopleDirectory people, EventGate events,
                    Clock clock) {
        this.proposals = proposals;
        this.votes = votes;
        this.requests = requests;
        this.settings = settings;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    MyProposals of(long me) {
        List<Proposal> mine = proposals.findHostedOrCohostedBy(me);
        List<CohostRequest> toMe = emailOf(me).map(requests::findByEmailOrderByCreatedAtAscIdAsc).orElse(List.of());
        Map<Long, Proposal> asked = toMe.isEmpty() ? Map.of() : proposals.findAllById(
                        toMe.stream().map(CohostRequest::getProposalId).collect(Collectors.toSet())).stream()
                .filter(p -> p.getStatus() != ProposalStatus.WITHDRAWN && p.getStatus() != ProposalStatus.MERGED)
                .collect(Collectors.toMap(Proposal::getId, Function.identity()));
        if (mine.isEmpty() && asked.isEmpty()) {
            return MyProposals.NONE;
        }
        Set<Long> eventIds = new HashSet<>();
        mine.forEach(p -> eventIds.add(p.getEventId()));
        asked.values().forEach(p -> eventIds.add(p.getEventId()));
        Map<Long, EventSummary> shown = events.summaries(eventIds).stream().filter(e -> e.state().isPublic())
                .collect(Collectors.toMap(EventSummary::id, Function.identity()));
        Set<Long> proposalsOpen = mine.stream().anyMatch(p -> p.getHostId() == me && p.getStatus() == ProposalStatus.OPEN)
                ? settings.findAllById(shown.keySet()).stream().filter(BarcampSettings::isProposalsOpen)
                        .map(BarcampSettings::getEventId).collect(Collectors.toSet())
                : Set.of();
        Map<Long, Long> counts = new HashMap<>();
        if (!mine.isEmpty()) {
            for (Object[] row : votes.countsByProposalIdIn(mine.stream().map(Proposal::getId).toList())) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        Set<Long> personIds = new HashSet<>();
        mine.forEach(p -> {
            personIds.add(p.getHostId());
            personIds.addAll(p.getCohostIds());
        });
        asked.values().forEach(p -> personIds.add(p.getHostId()));
        Map<Long, PersonName> names = people.names(personIds);
        Instant now = clock.instant();
        List<MyProposals.Hosted> hosted = mine.stream().filter(p -> shown.containsKey(p.getEventId()))
                .map(p -> new MyProposals.Hosted(p.getId(), p.getEventId(), p.getTitle(), p.getStatus(),
                        counts.getOrDefault(p.getId(), 0L), p.getHostId() == me, nameOf(names, p.getHostId()),
                        p.getCohostIds().stream().map(names::get).filter(Objects::nonNull)
                                .map(PersonName::displayName).filter(Objects::nonNull).sorted().toList(),
                        p.getHostId() == me && p.getStatus() == ProposalStatus.OPEN
                                && proposalsOpen.contains(p.getEventId()) && !over(shown.get(p.getEventId()), now),
                        p.getCreatedAt()))
                .sorted(Comparator.comparing(MyProposals.Hosted::createdAt).reversed()
                        .thenComparing(MyProposals.Hosted::id, Comparator.reverseOrder()))
                .toList();
        List<MyProposals.Invite> invites = toMe.stream().map(r -> asked.get(r.getProposalId()))
                .filter(Objects::nonNull).filter(p -> shown.containsKey(p.getEventId()))
                .filter(p -> p.getHostId() != me)
                .map(p -> new MyProposals.Invite(p.getId(), p.getEventId(), p.getTitle(), nameOf(names, p.getHostId())))
                .toList();
        return new MyProposals(hosted, invites, Map.copyOf(shown));
    }

    /** Over, cancelled or archived: the phases are closed then (see {@link BarcampPhases#inForce}). */
    private static boolean over(EventSummary e, Instant now) {
        return e.state() == EventState.CANCELLED || e.state() == EventState.ARCHIVED
                || e.endsAt() != null && e.endsAt().isBefore(now);
    }

    private static String nameOf(Map<Long, PersonName> names, long id) {
        PersonName n = names.get(id);
        return n == null ? null : n.displayName();
    }

    private Optional<String> emailOf(long personId) {
        return Optional.ofNullable(people.byIds(Set.of(personId)).get(personId)).map(PersonDto::email)
                .map(Texts::normalizeEmail);
    }
}
