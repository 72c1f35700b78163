package org.kogge.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.common.Markdown;
import org.kogge.common.SearchFold;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventSummary;
import org.kogge.proposal.SessionSummaries;
import org.kogge.proposal.SessionSummary;
import org.kogge.schedule.ScheduleReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's knowledge archive: the documented sessions (with materials) of all public barcamps, in published
 * programmes and not cancelled, the newest event first (of two at the same time, the one created later) and within an
 * event in programme order; searchable by words (in any case, with umlauts and ß, spelt out or
 * plain, with or without accents: {@link SearchFold}) and filtered by host city and event. Anybody may read it.
 * <p>
 * A {@link #search} reads the documented sessions' ids, their events, their places in published programmes and their
 * titles, descriptions and hosts (each one query, for all of them at once) and one query per search word for the
 * materials; its result serves a page load's count, filters and every page of {@link #entries}, which read the
 * materials of the page shown only: a fixed number of queries per page load, however many sessions and events the
 * network has.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveService {

    /** Words of a search beyond these are ignored. */
    static final int MAX_WORDS = 6;
    static final int EXCERPT_LENGTH = 240;
    private static final char ESCAPE = '!';

    private final SessionMaterialRepository materials;
    private final EventGate events;
    private final ScheduleReader schedules;
    private final SessionSummaries sessions;

    ArchiveService(SessionMaterialRepository materials, EventGate events, ScheduleReader schedules,
                   SessionSummaries sessions) {
        this.materials = materials;
        this.events = events;
        this.schedules = schedules;
        this.sessions = sessions;
    }

    /** A documented session that may be shown, with what the search and the order need. */
    private record Found(SessionSummary session, EventSummary event, Instant startsAt) {
    }

    /**
     * Searches the archive once: the sessions found, their number and the filters to offer (from all documented
     * sessions, whatever the search). The page's entries come from {@link #entries}, a page at a time.
     */
    public ArchiveResult search(ArchiveQuery query) {
        List<Found> documented = documented();
        List<Found> found = new ArrayList<>(documented.stream()
                .filter(f -> blank(query.city()) || query.city().strip().equalsIgnoreCase(f.event().hostCity()))
                .filter(f -> blank(query.event()) || query.event().strip().equals(f.event().slug()))
                .toList());
        for (String word : words(query.text())) {
            Set<Long> inMaterials = found.isEmpty() ? Set.of()
                    : new HashSet<>(materials.containing(found.stream().map(f -> f.session().id()).toList(),
                            "%" + escape(word) + "%"));
            found.removeIf(f -> !inMaterials.contains(f.session().id()) && !contains(f.session().title(), word)
                    && !contains(f.session().abstractText(), word));
        }
        return new ArchiveResult(query, found.stream().map(ArchiveService::hit).toList(), filtersOf(documented));
    }

    /**
     * The entries {@code offset} to {@code offset + limit} of a search, with the excerpts of their materials (one
     * query). Materials removed since the search leave their entry without an excerpt until the next search.
     */
    public List<ArchiveEntry> entries(ArchiveResult result, int offset, int limit) {
        List<ArchiveResult.Hit> page = result.hits(offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, String> bodies = materials.findAllById(page.stream().map(ArchiveResult.Hit::sessionId).toList())
                .stream().collect(Collectors.toMap(SessionMaterial::getSessionId, SessionMaterial::getBody));
        return page.stream().map(h -> new ArchiveEntry(h.sessionId(), h.title(), h.eventSlug(), h.eventTitle(),
                h.eventStartsAt(), h.zone(), h.hostCity(), h.hostNames(), excerpt(bodies.get(h.sessionId())))).toList();
    }

    /** The entries {@code offset} to {@code offset + limit} of a search, for who shows one page only. */
    public List<ArchiveEntry> page(ArchiveQuery query, int offset, int limit) {
        return entries(search(query), offset, limit);
    }

    private static ArchiveResult.Hit hit(Found f) {
        return new ArchiveResult.Hit(f.session().id(), f.session().title(), f.event().slug(), f.event().title(),
                f.event().startsAt(), f.event().zone(), f.event().hostCity(), List.copyOf(f.session().hostNames()));
    }

    /** The host cities and events of these sessions, for the filters (cities by name, events in the given order). */
    private static ArchiveFilters filtersOf(List<Found> documented) {
        Set<String> cities = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, ArchiveFilters.EventChoice> byEvent = new LinkedHashMap<>();
        for (Found f : documented) {
            if (f.event().hostCity() != null) {
                cities.add(f.event().hostCity());
            }
            byEvent.putIfAbsent(f.event().slug(), new ArchiveFilters.EventChoice(f.event().slug(), f.event().title()));
        }
        return new ArchiveFilters(List.copyOf(cities), List.copyOf(byEvent.values()));
    }

    /** Every documented session the archive shows, in its order. */
    private List<Found> documented() {
        Map<Long, Long> eventOf = new HashMap<>();
        for (Object[] row : materials.documented()) {
            eventOf.put((Long) row[0], (Long) row[1]);
        }
        if (eventOf.isEmpty()) {
            return List.of();
        }
        Map<Long, EventSummary> shownEvents = events.summaries(Set.copyOf(eventOf.values())).stream()
                .filter(e -> e.kind() == EventKind.BARCAMP && e.state().isPublic())
                .collect(Collectors.toMap(EventSummary::id, Function.identity()));
        List<Long> candidates = eventOf.entrySet().stream().filter(e -> shownEvents.containsKey(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> starts = schedules.publishedScheduled(candidates);
        Map<Long, SessionSummary> summaries = sessions.of(starts.keySet());
        List<Found> found = new ArrayList<>();
        for (SessionSummary s : summaries.values()) {
            EventSummary e = shownEvents.get(eventOf.get(s.id()));
            if (e != null && e.id() == s.eventId()) {
                found.add(new Found(s, e, starts.get(s.id())));
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.event().startsAt()).reversed()
                .thenComparing(f -> f.event().id(), Comparator.reverseOrder())
                .thenComparing(Found::startsAt).thenComparing(f -> f.session().id()));
        return found;
    }

    /** The search's words {@link #fold folded}, each once, at most {@link #MAX_WORDS}. */
    static List<String> words(String text) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isBlank()).map(ArchiveService::fold)
                .distinct().limit(MAX_WORDS).toList();
    }

    /**
     * A text as the search compares it ({@link SearchFold}): "Müller", "Mueller", "Muller" and "Mu\u0308ller" (a
     * combining diaeresis) are the same word, as are "Straßenbäume" and "STRASSENBAEUME". Titles and descriptions
     * are folded here, the materials when they are saved (their search text, compared exactly by {@link
     * SessionMaterialRepository#containing} on H2 and on MariaDB alike, whatever the database's collation): so a
     * search finds the same sessions on both.
     */
    static String fold(String text) {
        return SearchFold.fold(text);
    }

    private static boolean contains(String text, String word) {
        return text != null && fold(text).contains(word);
    }

    private static String escape(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The materials as one line of plain text, shortened at a word: no Markdown, no HTML. */
    static String excerpt(String markdown) {
        String plain = Texts.oneLine(Markdown.toPlainText(markdown));
        return plain == null ? "" : Texts.shorten(plain, EXCERPT_LENGTH);
    }
}
