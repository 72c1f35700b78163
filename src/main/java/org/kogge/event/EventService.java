package org.kogge.event;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kogge.account.AccountService;
import org.kogge.account.CurrentUser;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.common.Constraints;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.KoggeProperties;
import org.kogge.common.Markdown;
import org.kogge.common.NotFoundException;
import org.kogge.common.StaleEditException;
import org.kogge.common.Texts;
import org.kogge.network.City;
import org.kogge.network.NetworkService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: the public list and pages, and what organizers do. Only an event's organizers and admins may change
 * it; that is checked here, whatever the UI shows.
 */
@Service
@Transactional(readOnly = true)
public class EventService {

    /** How far back the network's calendar reaches, and how many events it holds at most. */
    static final Duration CALENDAR_HISTORY = Duration.ofDays(366);
    static final int CALENDAR_LIMIT = 500;
    private static final Set<EventState> PUBLIC_STATES = EnumSet.of(EventState.PUBLISHED, EventState.CANCELLED);
    /** Slugs that would clash with the organizer's "organize/events/new" page. */
    static final Set<String> RESERVED_SLUGS = Set.of("new");
    private static final Set<EventState> PAST_STATES =
            EnumSet.of(EventState.PUBLISHED, EventState.CANCELLED, EventState.ARCHIVED);

    private final EventRepository events;
    private final EventGate gate;
    private final NetworkService network;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final EntityManager em;
    private final KoggeProperties properties;
    private final Clock clock;

    public EventService(EventRepository events, EventGate gate, NetworkService network, AccountService accounts,
                        CurrentUser currentUser, InputValidator validator, EntityManager em,
                        KoggeProperties properties, Clock clock) {
        this.events = events;
        this.gate = gate;
        this.network = network;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.em = em;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- public reading -------------------------------------------------------------------------------------

    /** Published (and cancelled) events, upcoming first by start; past ones newest first, archived included. */
    public List<EventSummary> publicEvents(EventFilter filter, Pageable page) {
        Instant now = clock.instant();
        return filter.past()
                ? events.past(PAST_STATES, now, filter.cityId(), filter.kind(), page)
                : events.upcoming(PUBLIC_STATES, now, filter.cityId(), filter.kind(), page);
    }

    public long countPublicEvents(EventFilter filter) {
        Instant now = clock.instant();
        return filter.past()
                ? events.countPast(PAST_STATES, now, filter.cityId(), filter.kind())
                : events.countUpcoming(PUBLIC_STATES, now, filter.cityId(), filter.kind());
    }

    /** An event's page. Drafts are visible only to their organizers and admins; to everyone else they do not exist. */
    public EventDetails details(String slug) {
        Event e = bySlug(slug);
        boolean canEdit = canEdit(e);
        if (!e.getState().isPublic() && !canEdit) {
            throw new NotFoundException("event " + slug);
        }
        return toDetails(e, canEdit);
    }

    /**
     * A public event's page as everybody sees it: a draft is "not found" even for its organizers (the public API,
     * the event's calendar file).
     */
    public EventDetails publicDetails(String slug) {
        EventDetails e = details(slug);
        if (!e.state().isPublic()) {
            throw new NotFoundException("event " + slug);
        }
        return e;
    }

    /**
     * Public events (drafts left out) by id, with what their pages show: for calendars and feeds that list several
     * events. A fixed number of queries, however many events.
     */
    public List<EventDetails> publicDetails(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Event> found = events.findDetailsByIdIn(ids).stream().filter(e -> e.getState().isPublic()).toList();
        Map<Long, String> names = accounts.displayNames(
                found.stream().flatMap(e -> e.getOrganizerIds().stream()).collect(java.util.stream.Collectors.toSet()));
        return found.stream().map(e -> toDetails(e, false, names)).toList();
    }

    /** One public event by id, with what its page shows; empty for a draft or an event that is gone. */
    public Optional<EventDetails> publicDetails(long id) {
        return publicDetails(List.of(id)).stream().findFirst();
    }

    /**
     * The network's calendar: public events (cancelled and archived ones too) of the filter's city and kind
     * ({@code null}: any) that ended at most {@link #CALENDAR_HISTORY} ago, in time order, at most
     * {@link #CALENDAR_LIMIT}. A fixed number of queries, however many events.
     */
    public List<EventDetails> calendarEvents(Long cityId, EventKind kind) {
        return publicDetails(events.calendarIds(PAST_STATES, clock.instant().minus(CALENDAR_HISTORY), cityId, kind,
                PageRequest.of(0, CALENDAR_LIMIT))).stream()
                .sorted(Comparator.comparing(EventDetails::startsAt).thenComparing(EventDetails::id))
                .toList();
    }

    /** Published (not cancelled) events that start after {@code from} and at the latest at {@code to}. */
    public List<EventDetails> publishedStartingBetween(Instant from, Instant to) {
        return publicDetails(events.findIdsByStateStartingBetween(EventState.PUBLISHED, from, to));
    }

    // ---- organizing -----------------------------------------------------------------------------------------

    /** The events the caller organizes (admins: all), upcoming first (soonest first), then past ones (latest first). */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<EventSummary> myEvents(Pageable page) {
        Instant now = clock.instant();
        return currentUser.hasRole(Role.ADMIN) ? events.everything(now, page)
                : events.organizedBy(currentUser.requireId(), now, page);
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public long countMyEvents() {
        return currentUser.hasRole(Role.ADMIN) ? events.count() : events.countOrganizedBy(currentUser.requireId());
    }

    /** The form for editing an event, filled from what is stored, with the version it was filled from. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public EventForm formFor(String slug) {
        Event e = editable(slug);
        EventForm f = new EventForm();
        f.setTitle(e.getTitle());
        f.setSlug(e.getSlug());
        f.setKind(e.getKind());
        f.setTeaser(e.getTeaser());
        f.setDescription(e.getDescription());
        f.setHostCityId(e.getHostCity().getId());
        f.setVenueName(e.getVenueName());
        f.setVenueAddress(e.getVenueAddress());
        f.setStart(e.getStartsAt().atZone(e.getZone()).toLocalDateTime());
        f.setEnd(e.getEndsAt().atZone(e.getZone()).toLocalDateTime());
        f.setCapacity(e.getCapacity());
        f.setRegistrationOpens(e.getRegistrationOpensAt() == null ? null
                : e.getRegistrationOpensAt().atZone(e.getZone()).toLocalDateTime());
        f.setRegistrationCloses(e.getRegistrationClosesAt() == null ? null
                : e.getRegistrationClosesAt().atZone(e.getZone()).toLocalDateTime());
        f.setVersion(e.getVersion());
        return f;
    }

    /** Creates a draft; the caller becomes its first organizer. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public EventDetails create(EventForm form) {
        Event e = new Event(currentUser.requireId(), properties.zone(), clock.instant());
        return save(e, form, true);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public EventDetails update(String slug, EventForm form) {
        Event e = editable(slug);
        StaleEditException.check(form.getVersion(), e.getVersion());
        return save(e, form, false);
    }

    /** DRAFT → PUBLISHED → CANCELLED or ARCHIVED; any other move is refused. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public EventDetails changeState(String slug, EventState next) {
        Event e = editable(slug);
        if (!e.getState().next().contains(next)) {
            throw new InvalidInputException("state", "event.state.not-allowed");
        }
        e.changeState(next, clock.instant());
        return toDetails(e, true);
    }

    /** Adds a co-organizer; they must have the ORGANIZER or ADMIN role. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public EventDetails addOrganizer(String slug, long personId) {
        Event e = editable(slug);
        var person = accounts.find(personId).orElseThrow(() -> new InvalidInputException("organizer", "event.organizer.unknown"));
        return addOrganizer(e, person);
    }

    /**
     * Adds a co-organizer by email (trimmed, any case). The caller's right to edit the event is checked first, so
     * that only an event's organizers learn whether an address has an account.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public EventDetails addOrganizerByEmail(String slug, String email) {
        Event e = editable(slug);
        if (Texts.normalizeEmail(email) == null) {
            throw new InvalidInputException("organizer", "validation.required");
        }
        var person = accounts.findByEmail(email)
                .orElseThrow(() -> new InvalidInputException("organizer", "event.organizer.unknown"));
        return addOrganizer(e, person);
    }

    private EventDetails addOrganizer(Event e, PersonDto person) {
        if (!person.has(Role.ORGANIZER) && !person.has(Role.ADMIN)) {
            throw new InvalidInputException("organizer", "event.organizer.not-organizer");
        }
        e.addOrganizer(person.id());
        return toDetails(e, true);
    }

    /** A suggested slug for a title that is not yet taken (nor reserved, like "new" of the create page). */
    public String suggestSlug(String title) {
        String base = Texts.slugify(title);
        if (base.isEmpty()) {
            base = "event";
        }
        String slug = base;
        for (int i = 2; RESERVED_SLUGS.contains(slug) || events.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private EventDetails save(Event e, EventForm form, boolean isNew) {
        normalize(form);
        if (form.getSlug() == null && form.getTitle() != null) {
            form.setSlug(suggestSlug(form.getTitle()));
        }
        InputValidator.Problems problems = validator.check(form);
        if (form.getStart() != null && form.getEnd() != null && !form.getEnd().isAfter(form.getStart())) {
            problems.add("end", "event.end.before-start");
        }
        if (form.getRegistrationOpens() != null && form.getRegistrationCloses() != null
                && !form.getRegistrationCloses().isAfter(form.getRegistrationOpens())) {
            problems.add("registrationCloses", "event.registration.closes-before-opens");
        }
        if (form.getRegistrationCloses() != null && form.getEnd() != null
                && form.getRegistrationCloses().isAfter(form.getEnd())) {
            problems.add("registrationCloses", "event.registration.closes-after-end");
        }
        if (form.getRegistrationOpens() != null && form.getEnd() != null
                && !form.getRegistrationOpens().isBefore(form.getEnd())) {
            problems.add("registrationOpens", "event.registration.opens-after-end");
        }
        if (form.getHostCityId() != null && !network.cityExists(form.getHostCityId())) {
            problems.add("hostCityId", "validation.required");
        }
        if (!problems.has("slug") && form.getSlug() != null && RESERVED_SLUGS.contains(form.getSlug())) {
            problems.add("slug", "event.slug.reserved");
        }
        if (!problems.has("slug") && form.getSlug() != null) {
            events.findBySlug(form.getSlug()).filter(other -> !Objects.equals(other.getId(), e.getId()))
                    .ifPresent(other -> problems.add("slug", "event.slug.taken"));
        }
        problems.throwIfAny();
        if (form.getTeaser() == null && form.getDescription() != null) {
            form.setTeaser(Texts.shorten(Texts.oneLine(Markdown.toPlainText(form.getDescription())), 200));
        }
        e.apply(form, em.getReference(City.class, form.getHostCityId()), clock.instant());
        try {
            Event saved = isNew ? events.saveAndFlush(e) : e;
            events.flush();
            return toDetails(events.findDetailsBySlug(saved.getSlug()).orElse(saved), true);
        } catch (DataIntegrityViolationException raceOnSlug) {
            if (!Constraints.violates(raceOnSlug, "uk_event_slug")) {
                throw raceOnSlug;
            }
            throw new InvalidInputException("slug", "event.slug.taken");
        }
    }

    private static void normalize(EventForm f) {
        f.setTitle(Texts.oneLine(f.getTitle()));
        f.setSlug(Texts.clean(f.getSlug()));
        f.setTeaser(Texts.oneLine(f.getTeaser()));
        f.setDescription(Texts.clean(f.getDescription()));
        f.setVenueName(Texts.oneLine(f.getVenueName()));
        f.setVenueAddress(Texts.oneLine(f.getVenueAddress()));
    }

    /** Loads an event the caller may edit, or refuses. */
    private Event editable(String slug) {
        Event e = bySlug(slug);
        gate.checkOrganizes(e.getOrganizerIds(), slug);
        return e;
    }

    private Event bySlug(String slug) {
        return events.findDetailsBySlug(slug == null ? "" : slug).orElseThrow(() -> new NotFoundException("event " + slug));
    }

    private boolean canEdit(Event e) {
        return gate.callerOrganizes(e.getOrganizerIds());
    }

    private EventDetails toDetails(Event e, boolean canEdit) {
        return toDetails(e, canEdit, accounts.displayNames(e.getOrganizerIds()));
    }

    private EventDetails toDetails(Event e, boolean canEdit, Map<Long, String> names) {
        List<String> organizers = e.getOrganizerIds().stream().map(names::get)
                .filter(Objects::nonNull).sorted().toList();
        return new EventDetails(e.getId(), e.getSlug(), e.getTitle(), e.getKind(), e.getState(), e.getTeaser(),
                e.getDescription(), Markdown.toSafeHtml(e.getDescription(), Markdown.BELOW_PAGE_TITLE), e.getHostCity().getId(),
                e.getHostCity().getName(), e.getVenueName(), e.getVenueAddress(), e.getStartsAt(), e.getEndsAt(),
                e.getZone(), e.getCapacity(), e.getRegistrationOpensAt(), e.getRegistrationClosesAt(), organizers,
                e.getUpdatedAt(), canEdit, e.getIcalSequence());
    }
}
