package org.kogge.proposal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.kogge.account.PersonName;
import org.kogge.common.Markdown;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.springframework.stereotype.Component;

/**
 * Proposals as the pages show them (cards with votes, topics and people; sessions for the schedule), for many
 * proposals with a fixed number of queries, whatever their number.
 */
@Component
class ProposalCards {

    private final VoteRepository votes;
    private final BarcampSettingsService settings;
    private final PeopleDirectory people;
    private final EventGate events;
    private final CurrentUser currentUser;

    ProposalCards(VoteRepository votes, BarcampSettingsService settings, PeopleDirectory people, EventGate events,
                  CurrentUser currentUser) {
        this.votes = votes;
        this.settings = settings;
        this.people = people;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** One proposal's card, as the caller sees it. */
    ProposalCard card(EventRef t, Proposal p) {
        return cards(t, List.of(p), currentUser.id().orElse(-1L)).get(0);
    }

    /** Cards as person {@code me} sees them (-1: nobody): counts, my votes, topics, people. */
    List<ProposalCard> cards(EventRef t, Collection<Proposal> list, long me) {
        if (list.isEmpty()) {
            return List.of();
        }
        Lookup lookup = lookup(t, list);
        Set<Long> mine = me > 0 ? new HashSet<>(votes.proposalsVotedBy(t.eventId(), me)) : Set.of();
        boolean organizer = events.isOrganizer(t);
        return list.stream().map(p -> {
            PersonName host = lookup.people().get(p.getHostId());
            boolean isMine = p.isHostedBy(me);
            return new ProposalCard(p.getId(), p.getTitle(), p.getAbstractText(), Markdown.toSafeHtml(p.getAbstractText(), Markdown.BELOW_SECTION),
                    p.getFormat(), p.getLanguage(), p.getSlots(), p.getStatus(),
                    isMine || organizer ? p.getDeclineNote() : null, p.getHostId(),
                    host == null ? null : host.displayName(), host == null ? null : host.cityName(),
                    lookup.cohostNames(p), lookup.topicsOf(p), lookup.votesOf(p), mine.contains(p.getId()), isMine,
                    p.getCreatedAt());
        }).toList();
    }

    /** The sessions the schedule places: hosts (the host's name first), topics and votes. */
    List<SessionContent> sessions(EventRef t, Collection<Proposal> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Lookup lookup = lookup(t, list);
        return list.stream().map(p -> {
            PersonName host = lookup.people().get(p.getHostId());
            List<String> names = new ArrayList<>();
            if (host != null && host.displayName() != null) {
                names.add(host.displayName());
            }
            names.addAll(lookup.cohostNames(p));
            Set<Long> hostIds = new HashSet<>(p.getCohostIds());
            hostIds.add(p.getHostId());
            return new SessionContent(p.getId(), p.getTitle(), p.getAbstractText(), p.getFormat(), p.getLanguage(),
                    p.getSlots(), Set.copyOf(hostIds), List.copyOf(names), host == null ? null : host.cityName(),
                    lookup.topicsOf(p), lookup.votesOf(p));
        }).toList();
    }

    private Lookup lookup(EventRef t, Collection<Proposal> list) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : votes.countsByProposal(t.eventId())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, TopicDto> topicById = settings.topicsOf(t.eventId()).stream()
                .collect(Collectors.toMap(TopicDto::id, Function.identity()));
        Set<Long> personIds = new HashSet<>();
        list.forEach(p -> {
            personIds.add(p.getHostId());
            personIds.addAll(p.getCohostIds());
        });
        return new Lookup(counts, topicById, people.names(personIds));
    }

    /** What the cards of one event share: vote counts, topics and people, each read once. */
    private record Lookup(Map<Long, Long> votes, Map<Long, TopicDto> topics, Map<Long, PersonName> people) {

        long votesOf(Proposal p) {
            return votes.getOrDefault(p.getId(), 0L);
        }

        List<TopicDto> topicsOf(Proposal p) {
            return p.getTopicIds().stream().map(topics::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(TopicDto::name)).toList();
        }

        /** The co-hosts' names, sorted. */
        List<String> cohostNames(Proposal p) {
            return p.getCohostIds().stream().map(people::get).filter(Objects::nonNull).map(PersonName::displayName)
                    .filter(Objects::nonNull).sorted().toList();
        }
    }
}
