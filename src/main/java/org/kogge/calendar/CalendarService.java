package org.kogge.calendar;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kogge.account.CurrentUser;
import org.kogge.common.Markdown;
import org.kogge.common.PublicLinks;
import org.kogge.common.Texts;
import org.kogge.common.feed.FeedCache;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.ical.CalendarDocument;
import org.kogge.network.NetworkService;
import org.kogge.ical.IcsEvent;
import org.kogge.ical.IcsStatus;
import org.kogge.ical.IcsWriter;
import org.kogge.proposal.TopicDto;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;
import org.kogge.schedule.PublishedSchedule;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.StarService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars: an event (with the sessions of its published schedule), one session, a person's feed (the events
 * they hold a seat at, the sessions they starred and those they host or co-host), and the same as their agenda page. Calendars are public
 * documents: drafts, unpublished schedules and unplaced sessions are "not found" for everybody, organizers too,
 * since calendar apps fetch them without a login.
 *
 * <p>Every entry keeps its UID ({@code event-1@host}, {@code session-7@host}). A session's SEQUENCE is its
 * placement's sequence plus its event's (both only grow), so a session moved, cancelled, or cancelled with its
 * event always reaches calendars as an update; its LAST-MODIFIED is the later of the two changes. Waitlisted events
 * are left out of the feed (they join it with the seat) and shown, marked, on the agenda page.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    private final EventService eventService;
    private final NetworkService network;
    private final ScheduleReader schedules;
    private final StarService stars;
    private final RegistrationService registrations;
    private final CalendarFeedService feeds;
    private final PublicLinks links;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final IcsWriter writer;
    private final Clock clock;

    public CalendarService(EventService eventService, NetworkService network, ScheduleReader schedules, StarService stars,
                           RegistrationService registrations, CalendarFeedService feeds, PublicLinks links,
                           CurrentUser currentUser, I18NProvider i18n, IcsWriter writer, Clock clock) {
        this.eventService = eventService;
        this.network = network;
        this.schedules = schedules;
        this.stars = stars;
        this.registrations = registrations;
        this.feeds = feeds;
        this.links = links;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.writer = writer;
        this.clock = clock;
    }

    // ---- calendar files -------------------------------------------------------------------------------------

    /** A public event as a calendar; a barcamp's published schedule comes with it, one entry per placed session. */
    public CalendarDocument eventCalendar(String slug, Locale locale) {
        return eventCalendar(eventService.publicDetails(slug), locale);
    }

    /** {@link #eventCalendar}, rendered, for {@link FeedCache}. */
    public FeedCache.Fresh eventCalendarFile(String slug, Locale locale) {
        EventDetails e = eventService.publicDetails(slug);
        return file(e, eventCalendar(e, locale));
    }

    /** {@link #sessionCalendar}, rendered, for {@link FeedCache}. */
    public FeedCache.Fresh sessionCalendarFile(long sessionId, Locale locale) {
        EventDetails e = eventOfSession(sessionId);
        return file(e, sessionCalendar(e, sessionId, locale));
    }

    private FeedCache.Fresh file(EventDetails e, CalendarDocument doc) {
        return new FeedCache.Fresh(e.id(), writer.write(doc), doc.etag(), doc.fileName(), null);
    }

    private CalendarDocument eventCalendar(EventDetails e, Locale locale) {
        List<IcsEvent> entries = new ArrayList<>();
        entries.add(eventEntry(e, locale));
        publishedSessions(e).forEach(s -> entries.add(sessionEntry(e, s, locale)));
        return CalendarDocument.of(e.slug() + ".ics", e.title(), entries, false);
    }

    /** One session of a published schedule of a public event. */
    public CalendarDocument sessionCalendar(long sessionId, Locale locale) {
        return sessionCalendar(eventOfSession(sessionId), sessionId, locale);
    }

    private EventDetails eventOfSession(long sessionId) {
        return schedules.eventIdOfSession(sessionId)
                .flatMap(eventService::publicDetails)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    private CalendarDocument sessionCalendar(EventDetails e, long sessionId, Locale locale) {
        ScheduledSession s = publishedSessions(e).stream().filter(x -> x.id() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        return CalendarDocument.of("session-" + sessionId + ".ics", s.content().title() + " · " + e.title(),
                List.of(sessionEntry(e, s, locale)), false);
    }

    /**
     * The network's calendar to subscribe to: its public events of the last year and ahead, each as one entry (an
     * event's sessions are in its own calendar), optionally only those of one host city and one kind. The name says
     * the network and the filter.
     */
    public CalendarDocument networkCalendar(Long cityId, EventKind kind, Locale locale) {
        List<IcsEvent> entries = eventService.calendarEvents(cityId, kind).stream()
                .map(e -> eventEntry(e, locale)).toList();
        String name = cityId == null
                ? i18n.getTranslation("calendar.network.name", locale, network.networkName())
                : i18n.getTranslation("calendar.network.name.in", locale, network.networkName(),
                        network.city(cityId).name());
        if (kind != null) {
            name = name + " · " + i18n.getTranslation(kind.messageKey(), locale);
        }
        return CalendarDocument.of("events.ics", name, entries, false);
    }

    /**
     * The personal feed a token opens: events with a seat (not cancelled, not waitlisted), starred sessions and the
     * sessions the person hosts or co-hosts, once in a published programme.
     */
    public CalendarDocument personalFeed(String token, Locale locale) {
        long person = feeds.personOf(token).orElseThrow(() -> new NotFoundException("calendar feed"));
        Mine mine = collect(person);
        List<IcsEvent> entries = new ArrayList<>();
        for (EventDetails e : mine.events()) {
            if (mine.registrations().get(e.id()) == RegistrationStatus.REGISTERED) {
                entries.add(eventEntry(e, locale));
            }
            mine.sessionsOf(e).forEach(s -> entries.add(sessionEntry(e, s, locale)));
        }
        entries.sort(Comparator.comparing(IcsEvent::start).thenComparing(IcsEvent::uid));
        return CalendarDocument.of("kogge.ics", i18n.getTranslation("calendar.feed.name", locale), entries, true);
    }

    // ---- the agenda page ------------------------------------------------------------------------------------

    /**
     * My agenda: sessions I starred or host and events I registered for (waitlisted ones marked) that have not ended
     * yet, grouped by day in their event's zone, in time order, overlaps marked.
     */
    public List<AgendaDay> myAgenda() {
        Mine mine = collect(currentUser.requireId());
        Instant now = clock.instant();
        List<AgendaLine> items = new ArrayList<>();
        for (EventDetails e : mine.events()) {
            RegistrationStatus status = mine.registrations().get(e.id());
            if (status != null) {
                items.add(new AgendaLine(e.slug(), e.title(), null, e.title(), e.startsAt(), e.endsAt(), e.zone(),
                        location(e.venueName(), e.venueAddress(), e.hostCity()), List.of(),
                        e.state() == EventState.CANCELLED, status == RegistrationStatus.WAITLISTED, false, List.of()));
            }
            mine.sessionsOf(e).forEach(s -> items.add(new AgendaLine(e.slug(), e.title(), s.id(),
                    s.content().title(), s.startsAt(), s.endsAt(), e.zone(), s.roomName(), s.content().hostNames(),
                    s.isCancelled() || e.state() == EventState.CANCELLED, false, mine.hosts(s), List.of())));
        }
        List<AgendaLine> upcoming = markOverlaps(items.stream().filter(i -> i.endsAt().isAfter(now))
                .sorted(Comparator.comparing(AgendaLine::startsAt).thenComparing(AgendaLine::endsAt)
                        .thenComparing(i -> i.isSession() ? 1 : 0).thenComparing(AgendaLine::title))
                .toList());
        Map<LocalDate, List<AgendaLine>> byDay = new TreeMap<>();
        upcoming.forEach(i -> byDay.computeIfAbsent(i.startsAt().atZone(i.zone()).toLocalDate(), d -> new ArrayList<>())
                .add(i));
        return byDay.entrySet().stream().map(d -> new AgendaDay(d.getKey(), List.copyOf(d.getValue()))).toList();
    }

    /** Removes a star from my agenda (nothing happens if it is gone already). */
    @Transactional
    public void unstar(String slug, long sessionId) {
        if (stars.myStarsIn(slug).contains(sessionId)) {
            stars.toggle(slug, sessionId);
        }
    }

    // ---- internals ------------------------------------------------------------------------------------------

    /**
     * What a person's feed and agenda are made of: their public events, registrations, and the sessions of published
     * programmes they starred or host (as host or co-host), with the ids of those they host.
     */
    private record Mine(List<EventDetails> events, Map<Long, RegistrationStatus> registrations,
                        Map<Long, List<ScheduledSession>> sessions, Set<Long> hosting) {

        List<ScheduledSession> sessionsOf(EventDetails e) {
            return sessions.getOrDefault(e.id(), List.of());
        }

        boolean hosts(ScheduledSession s) {
            return hosting.contains(s.id());
        }
    }

    /** A fixed number of queries, plus one schedule snapshot per event with starred or hosted sessions. */
    private Mine collect(long personId) {
        Map<Long, RegistrationStatus> regs = registrations.activeRegistrationsOf(personId);
        Map<Long, Set<Long>> starredIds = new LinkedHashMap<>();
        stars.starsOf(personId).forEach(s -> starredIds.computeIfAbsent(s.eventId(), k -> new HashSet<>()).add(s.sessionId()));
        Set<Long> hostingIn = schedules.eventsWithSessionsHostedBy(personId);
        Set<Long> eventIds = new HashSet<>(regs.keySet());
        eventIds.addAll(starredIds.keySet());
        eventIds.addAll(hostingIn);
        List<EventDetails> events = eventService.publicDetails(eventIds).stream()
                .sorted(Comparator.comparing(EventDetails::startsAt).thenComparing(EventDetails::id)).toList();
        Map<Long, List<ScheduledSession>> sessions = new LinkedHashMap<>();
        Set<Long> hosting = new HashSet<>();
        for (EventDetails e : events) {
            Set<Long> wanted = starredIds.getOrDefault(e.id(), Set.of());
            if (wanted.isEmpty() && !hostingIn.contains(e.id())) {
                continue;
            }
            List<ScheduledSession> mine = new ArrayList<>();
            for (ScheduledSession s : publishedSessions(e)) {
                boolean hosted = hostingIn.contains(e.id()) && s.content().hostIds().contains(personId);
                if (hosted) {
                    hosting.add(s.id());
                }
                if (hosted || wanted.contains(s.id())) {
                    mine.add(s);
                }
            }
            sessions.put(e.id(), mine);
        }
        // Events only hosted in, with no seat and nothing of theirs in a published programme, are not theirs.
        List<EventDetails> theirs = events.stream()
                .filter(e -> regs.containsKey(e.id()) || !sessions.getOrDefault(e.id(), List.of()).isEmpty()).toList();
        return new Mine(theirs, regs, sessions, Set.copyOf(hosting));
    }

    /**
     * The placed sessions of a barcamp's published schedule, cancelled ones included, and those withdrawn with their
     * proposal (cancelled for calendars, so that those that had them learn it); none otherwise.
     */
    private List<ScheduledSession> publishedSessions(EventDetails e) {
        PublishedSchedule schedule = schedules.published(e.slug());
        return Stream.concat(schedule.sessions().stream(), schedule.withdrawn().stream()).toList();
    }

    private IcsEvent eventEntry(EventDetails e, Locale locale) {
        String description = join("\n\n", Markdown.toPlainText(e.description()),
                e.organizers().isEmpty() ? null
                        : i18n.getTranslation("calendar.organizers", locale, String.join(", ", e.organizers())));
        return new IcsEvent(links.eventUid(e.id()), e.title(), description,
                location(e.venueName(), e.venueAddress(), e.hostCity()), links.eventPage(e.slug()),
                List.of(i18n.getTranslation(e.kind().messageKey(), locale)), e.startsAt(), e.endsAt(), e.zone(),
                e.state() == EventState.CANCELLED ? IcsStatus.CANCELLED : IcsStatus.CONFIRMED, e.icalSequence(),
                e.updatedAt(), null);
    }

    private IcsEvent sessionEntry(EventDetails e, ScheduledSession s, Locale locale) {
        var c = s.content();
        String description = join("\n\n", Markdown.toPlainText(c.abstractText()),
                c.hostNames().isEmpty() ? null
                        : i18n.getTranslation("calendar.hosts", locale, String.join(", ", c.hostNames())),
                i18n.getTranslation("calendar.part-of", locale, e.title()));
        boolean cancelled = s.isCancelled() || e.state() == EventState.CANCELLED;
        Instant lastModified = s.updatedAt() == null || s.updatedAt().isBefore(e.updatedAt()) ? e.updatedAt() : s.updatedAt();
        return new IcsEvent(links.sessionUid(s.id()), c.title(), description,
                location(s.roomName(), e.venueName(), e.venueAddress(), e.hostCity()),
                links.sessionPage(e.slug(), s.id()), c.topics().stream().map(TopicDto::name).toList(),
                s.startsAt(), s.endsAt(), e.zone(), cancelled ? IcsStatus.CANCELLED : IcsStatus.CONFIRMED,
                s.sequence() + e.icalSequence(), lastModified, null);
    }

    /** "Room, Venue, Address" with empty parts left out; the city only if the address does not name it. */
    private static String location(String... partsThenCity) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < partsThenCity.length - 1; i++) {
            if (partsThenCity[i] != null && !partsThenCity[i].isBlank()) {
                parts.add(partsThenCity[i].strip());
            }
        }
        String city = partsThenCity[partsThenCity.length - 1];
        if (city != null && !city.isBlank() && parts.stream().noneMatch(p -> p.contains(city))) {
            parts.add(city.strip());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String join(String separator, String... parts) {
        String joined = Texts.joinPresent(separator, parts);
        return joined.isEmpty() ? null : joined;
    }

    private static List<AgendaLine> markOverlaps(List<AgendaLine> items) {
        List<AgendaLine> result = new ArrayList<>(items.size());
        for (AgendaLine a : items) {
            List<String> others = new ArrayList<>();
            if (!a.cancelled()) {
                for (AgendaLine b : items) {
                    if (b != a && !b.cancelled() && a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt())
                            && !partOf(a, b) && !partOf(b, a)) {
                        others.add(b.title());
                    }
                }
            }
            result.add(a.withOverlaps(others));
        }
        return result;
    }

    /** Whether {@code session} is a session of the event {@code event}. */
    private static boolean partOf(AgendaLine session, AgendaLine event) {
        return session.isSession() && !event.isSession() && session.eventSlug().equals(event.eventSlug());
    }
}
