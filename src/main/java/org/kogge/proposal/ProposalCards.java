package org.kogge.proposal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    /**
     * The cards in use, by proposal id, held weakly: a card equal to one that open pages still show is that very
     * card. A vote changes one card of 500; the next snapshot then shares the other 499 with the one before, so that
     * every open board finds them identical to what it shows (one comparison by reference) and sends nothing for
     * them. A card no page shows any more is collected, and its entry with it.
     */
    private final Cache<Long, ProposalCard> inUse = Caffeine.newBuilder().weakValues().executor(Runnable::run).build();

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
        return asSeenBy(t, shared(t, list), me);
    }

    /**
     * The cards as nobody in particular sees them, for all viewers to share: what each viewer sees differently
     * (their vote, their own cards, decline notes) is added by {@link #asSeenBy}.
     */
    List<SharedCard> shared(EventRef t, Collection<Proposal> list) {
        return shared(t, list, counts(t));
    }

    /** The same, with the vote counts per proposal given (read with what else is shared). */
    List<SharedCard> shared(EventRef t, Collection<Proposal> list, Map<Long, Long> counts) {
        if (list.isEmpty()) {
            return List.of();
        }
        Lookup lookup = lookup(t, list, counts);
        return list.stream().map(p -> {
            PersonName host = lookup.people().get(p.getHostId());
            ProposalCard card = new ProposalCard(p.getId(), p.getTitle(), p.getAbstractText(), p.getFormat(),
                    p.getLanguage(), p.getSlots(), p.getStatus(), null, p.getHostId(),
                    host == null ? null : host.displayName(), host == null ? null : host.cityName(),
                    lookup.cohostNames(p), lookup.topicsOf(p), lookup.votesOf(p), false, false, p.getCreatedAt());
            card = inUse.asMap().merge(card.id(), card, (kept, made) -> kept.equals(made) ? kept : made);
            Set<Long> hostIds = new HashSet<>(p.getCohostIds());
            hostIds.add(p.getHostId());
            return new SharedCard(card, Set.copyOf(hostIds), p.getDeclineNote());
        }).toList();
    }

    /**
     * Shared cards as person {@code me} sees them (-1: nobody); a card that looks the same to them as to nobody is
     * passed on as it is. One query for the viewer's votes, whatever the number of cards.
     */
    List<ProposalCard> asSeenBy(EventRef t, List<SharedCard> shared, long me) {
        if (shared.isEmpty()) {
            return List.of();
        }
        Set<Long> myVotes = me > 0 ? new HashSet<>(votes.proposalsVotedBy(t.eventId(), me)) : Set.of();
        boolean organizer = events.isOrganizer(t);
        return shared.stream().map(c -> c.seenBy(me, myVotes, organizer)).toList();
    }

    /**
     * A card as all viewers share it, with what the viewer's parts are made from: who hosts it (host and
     * co-hosts) and its decline note (shown to its hosts and the organizers only).
     */
    record SharedCard(ProposalCard card, Set<Long> hostIds, String declineNote) {

        ProposalCard seenBy(long me, Set<Long> myVotes, boolean organizer) {
            boolean mine = hostIds.contains(me);
            return card.asSeenBy(myVotes.contains(card.id()), mine, mine || organizer ? declineNote : null);
        }
    }

    /** The sessions the schedule places: hosts (the host's name first), topics and votes. */
    List<SessionContent> sessions(EventRef t, Collection<Proposal> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Lookup lookup = lookup(t, list, counts(t));
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
                    lookup.topicsOf(p), lookup.votesOf(p), p.needsStepFree());
        }).toList();
    }

    /** Vote counts of all proposals of an event, one query. */
    private Map<Long, Long> counts(EventRef t) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : votes.countsByProposal(t.eventId())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Lookup lookup(EventRef t, Collection<Proposal> list, Map<Long, Long> counts) {
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
