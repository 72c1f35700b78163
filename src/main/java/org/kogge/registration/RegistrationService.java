package org.kogge.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kogge.account.CurrentUser;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventGate;
import org.kogge.event.EventSummary;
import org.kogge.event.EventRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with capacity and waitlist. Every change of seats locks the event's row first, so concurrent
 * registrations never oversell and the waitlist keeps the order of joining; a freed seat goes to the first
 * person on the waitlist in the same transaction. Seat changes run READ COMMITTED so that counts taken after the
 * lock see every committed change (MariaDB's REPEATABLE READ would read an older snapshot).
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

    private final RegistrationRepository registrations;
    private final EventGate events;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public RegistrationService(RegistrationRepository registrations, EventGate events, PeopleDirectory people,
                               CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.people = people;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ---- the participant's side -----------------------------------------------------------------------------

    /** Registers the caller: a seat if one is free, else the end of the waitlist. Registering twice changes nothing. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MyRegistration register(String slug) {
        long me = currentUser.requireConfirmedId();
        EventRef t = events.lock(events.visible(slug).eventId());
        Instant now = clock.instant();
        Registration r = registrations.findByEventIdAndPersonId(t.eventId(), me).orElse(null);
        if (r != null && r.isActive()) {
            return toMine(r);
        }
        if (t.isInvitationOnly()) {
            throw new InvalidInputException(null, "ceremony.invitation-only");
        }
        if (!t.isOpenAt(now)) {
            throw new InvalidInputException(null, "registration.closed");
        }
        boolean seatFree = t.isUnlimited()
                || registrations.countByEventIdAndStatus(t.eventId(), RegistrationStatus.REGISTERED) < t.capacity();
        if (r == null) {
            r = new Registration(t.eventId(), me);
        }
        r.join(seatFree, registrations.maxQueuePosition(t.eventId()) + 1, now);
        registrations.saveAndFlush(r);
        publisher.publishEvent(seatFree ? new PersonRegistered(t.eventId(), me)
                : new PersonWaitlisted(t.eventId(), me));
        return toMine(r);
    }

    /** Cancels the caller's registration; a freed seat goes to the first on the waitlist at once. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MyRegistration cancel(String slug) {
        long me = currentUser.requireId();
        EventRef t = events.lock(events.visible(slug).eventId());
        Registration r = registrations.findByEventIdAndPersonId(t.eventId(), me)
                .filter(Registration::isActive)
                .orElseThrow(() -> new InvalidInputException(null, "registration.not-registered"));
        if (t.isPast(clock.instant())) {
            throw new InvalidInputException(null, "registration.event-over");
        }
        cancelAndRefill(t, r, false);
        return toMine(r);
    }

    /** The caller's registration for an event; none for anonymous callers. */
    public MyRegistration mine(String slug) {
        if (currentUser.id().isEmpty()) {
            return MyRegistration.NONE;
        }
        EventRef t = events.visible(slug);
        return registrations.findByEventIdAndPersonId(t.eventId(), currentUser.requireId())
                .map(this::toMine).orElse(MyRegistration.NONE);
    }

    /** "You moved up from the waitlist" is shown once; this records that it was seen. */
    @Transactional
    public void acknowledgePromotion(String slug) {
        EventRef t = events.visible(slug);
        registrations.findByEventIdAndPersonId(t.eventId(), currentUser.requireId())
                .ifPresent(Registration::markPromotionSeen);
    }

    /** Whether the caller's name appears in the event's public participant list (off by default). */
    @Transactional
    public MyRegistration showMyName(String slug, boolean show) {
        EventRef t = events.visible(slug);
        Registration r = registrations.findByEventIdAndPersonId(t.eventId(), currentUser.requireId())
                .filter(Registration::isActive)
                .orElseThrow(() -> new InvalidInputException(null, "registration.not-registered"));
        r.showName(show);
        return toMine(r);
    }

    /** My registrations, upcoming events first (soonest first), then past ones (latest first). */
    public List<MyEventRegistration> myEvents() {
        long me = currentUser.requireId();
        List<Registration> mine = registrations.findByPersonId(me);
        Map<Long, EventSummary> byId = events.summariesById(mine.stream().map(Registration::getEventId).toList());
        Instant now = clock.instant();
        return mine.stream()
                .filter(r -> byId.containsKey(r.getEventId()) && byId.get(r.getEventId()).state().isPublic())
                .map(r -> new MyEventRegistration(byId.get(r.getEventId()), r.getStatus(), waitlistPosition(r)))
                .sorted(Comparator.<MyEventRegistration, Boolean>comparing(m -> m.event().endsAt().isBefore(now))
                        .thenComparing(m -> m.event().endsAt().isBefore(now)
                                ? -m.event().startsAt().toEpochMilli() : m.event().startsAt().toEpochMilli()))
                .toList();
    }

    /** Whether registration is open now, and if not, why (not open yet, closed, event over or cancelled). */
    public RegistrationWindow window(String slug) {
        EventRef t = events.visible(slug);
        Instant now = clock.instant();
        Instant closes = t.closesAt() != null ? t.closesAt() : t.endsAt();
        RegistrationWindow.Phase phase;
        if (t.isPast(now)) {
            phase = RegistrationWindow.Phase.EVENT_OVER;
        } else if (t.state() == org.kogge.event.EventState.CANCELLED) {
            phase = RegistrationWindow.Phase.EVENT_CANCELLED;
        } else if (t.state() == org.kogge.event.EventState.DRAFT) {
            phase = RegistrationWindow.Phase.NOT_PUBLISHED;
        } else if (t.isInvitationOnly()) {
            phase = RegistrationWindow.Phase.INVITATION_ONLY;
        } else if (t.isOpenAt(now)) {
            phase = RegistrationWindow.Phase.OPEN;
        } else if (t.state() == org.kogge.event.EventState.PUBLISHED && t.opensAt() != null && now.isBefore(t.opensAt())) {
            phase = RegistrationWindow.Phase.NOT_YET_OPEN;
        } else {
            phase = RegistrationWindow.Phase.CLOSED;
        }
        return new RegistrationWindow(phase, t.opensAt(), closes, t.zone());
    }

    /** Counts for the event page and the organizer. */
    public RegistrationCounts counts(String slug) {
        EventRef t = events.visible(slug);
        return counts(t);
    }

    /** Names of registered participants who chose to be listed publicly, in order of registration. */
    public List<String> publicParticipants(String slug) {
        EventRef t = events.visible(slug);
        List<Long> ids = registrations.publicNames(t.eventId());
        Map<Long, PersonDto> found = people.byIds(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).map(PersonDto::displayName)
                .filter(Objects::nonNull).toList();
    }

    /** Whether the person holds a seat (not only a waitlist place) at the event. */
    public boolean hasSeat(long eventId, long personId) {
        return registrations.findByEventIdAndPersonId(eventId, personId)
                .map(r -> r.getStatus() == RegistrationStatus.REGISTERED).orElse(false);
    }

    /**
     * For features where only participants with a seat may act (proposing, voting): locks the person's
     * registration row until the transaction ends, so that one person's actions at one event take turns.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockSeatOf(long eventId, long personId) {
        registrations.lockByEventAndPerson(eventId, personId)
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .orElseThrow(() -> new InvalidInputException(null, "registration.seat-required"));
    }

    // ---- the organizer's side -------------------------------------------------------------------------------

    public RegistrationCounts countsForOrganizer(String slug) {
        return counts(events.organized(slug));
    }

    /** Participants of an event in queue order, optionally of one status; one query for the page, one for names. */
    public List<Participant> participants(String slug, RegistrationStatus status, Pageable page) {
        EventRef t = events.organized(slug);
        List<Registration> rows = status == null
                ? registrations.findByEventIdOrderByQueuePositionAsc(t.eventId(), page)
                : registrations.inQueueOrder(t.eventId(), status, page);
        return toParticipants(t, rows);
    }

    public long countParticipants(String slug, RegistrationStatus status) {
        EventRef t = events.organized(slug);
        return status == null ? registrations.countByEventId(t.eventId())
                : registrations.countByEventIdAndStatus(t.eventId(), status);
    }

    /** The organizer removes a person; their seat goes to the waitlist. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void remove(String slug, long personId) {
        EventRef t = lockOrganized(slug);
        Registration r = activeOf(t, personId);
        cancelAndRefill(t, r, true);
    }

    /** The organizer gives a waitlisted person a seat; only while one is free (raise the capacity first). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void promote(String slug, long personId) {
        EventRef t = lockOrganized(slug);
        Registration r = activeOf(t, personId);
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new InvalidInputException(null, "registration.not-waitlisted");
        }
        if (!t.isUnlimited() && registrations.countByEventIdAndStatus(t.eventId(), RegistrationStatus.REGISTERED) >= t.capacity()) {
            throw new InvalidInputException(null, "registration.full");
        }
        promote(r, clock.instant());
    }

    /** The organizer moves a registered person to the end of the waitlist; the first waiting person gets the seat. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void moveToWaitlist(String slug, long personId) {
        EventRef t = lockOrganized(slug);
        Registration r = activeOf(t, personId);
        if (r.getStatus() != RegistrationStatus.REGISTERED) {
            throw new InvalidInputException(null, "registration.not-registered");
        }
        Registration first = registrations.inQueueOrder(t.eventId(), RegistrationStatus.WAITLISTED, PageRequest.of(0, 1))
                .stream().findFirst().orElse(null);
        r.demote(registrations.maxQueuePosition(t.eventId()) + 1);
        publisher.publishEvent(new PersonWaitlisted(t.eventId(), personId, true));
        if (first != null) {
            promote(first, clock.instant());
        }
    }

    /** Changes the capacity ({@code null}: unlimited); raising it promotes from the waitlist at once. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RegistrationCounts changeCapacity(String slug, Integer capacity) {
        EventRef t = events.changeCapacity(events.organized(slug).eventId(), capacity);
        fillFreeSeats(t);
        return counts(t);
    }

    /**
     * The participant list as CSV for Excel: UTF-8 with BOM, semicolon-separated, cells that a spreadsheet would
     * take for a formula neutralized.
     */
    public byte[] exportCsv(String slug, java.util.Locale locale, Function<String, String> translate) {
        EventRef t = events.organized(slug);
        List<Registration> rows = registrations.findByEventIdOrderByQueuePositionAsc(t.eventId(), Pageable.unpaged());
        return ParticipantCsv.write(toParticipants(t, rows), t.zone(), locale, translate);
    }

    /** The people who hold a seat at an event (not the waitlist), in the order they joined: for mails to them. */
    public List<Long> seatHolders(long eventId) {
        return inQueueOrder(eventId, RegistrationStatus.REGISTERED);
    }

    /** The people waiting for a seat at an event, first in line first: for mails to them. */
    public List<Long> waitlisted(long eventId) {
        return inQueueOrder(eventId, RegistrationStatus.WAITLISTED);
    }

    private List<Long> inQueueOrder(long eventId, RegistrationStatus status) {
        return registrations.findByEventIdOrderByQueuePositionAsc(eventId, Pageable.unpaged()).stream()
                .filter(r -> r.getStatus() == status).map(Registration::getPersonId).toList();
    }

    /** A person's place on an event's waitlist (1 for the first), 0 when they are not waiting. */
    public long waitlistPosition(long eventId, long personId) {
        return registrations.findByEventIdAndPersonId(eventId, personId).map(this::waitlistPosition).orElse(0L);
    }

    /**
     * A person's registrations that are not cancelled (event id to status, REGISTERED or WAITLISTED), any event: for
     * their agenda and personal calendar feed. Callers check who may see them. One query.
     */
    public Map<Long, RegistrationStatus> activeRegistrationsOf(long personId) {
        Map<Long, RegistrationStatus> result = new java.util.HashMap<>();
        registrations.findByPersonId(personId).stream().filter(Registration::isActive)
                .forEach(r -> result.put(r.getEventId(), r.getStatus()));
        return result;
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private void cancelAndRefill(EventRef t, Registration r, boolean byOrganizer) {
        boolean hadSeat = r.getStatus() == RegistrationStatus.REGISTERED;
        r.cancel(clock.instant());
        registrations.flush();
        publisher.publishEvent(new RegistrationCancelled(t.eventId(), r.getPersonId(), hadSeat, byOrganizer));
        if (hadSeat) {
            fillFreeSeats(t);
        }
    }

    /** Call only while the event's row is locked. */
    private void fillFreeSeats(EventRef t) {
        long free = t.isUnlimited() ? Long.MAX_VALUE
                : t.capacity() - registrations.countByEventIdAndStatus(t.eventId(), RegistrationStatus.REGISTERED);
        if (free <= 0) {
            return;
        }
        int take = (int) Math.min(free, 10_000);
        Instant now = clock.instant();
        registrations.inQueueOrder(t.eventId(), RegistrationStatus.WAITLISTED, PageRequest.of(0, take))
                .forEach(w -> promote(w, now));
    }

    private void promote(Registration r, Instant now) {
        r.promote(now);
        publisher.publishEvent(new PersonPromoted(r.getEventId(), r.getPersonId()));
    }

    /** An event the caller organizes, its row locked so that changes of its participant list take turns. */
    private EventRef lockOrganized(String slug) {
        return events.lock(events.organized(slug).eventId());
    }

    private Registration activeOf(EventRef t, long personId) {
        return registrations.findByEventIdAndPersonId(t.eventId(), personId).filter(Registration::isActive)
                .orElseThrow(() -> new NotFoundException("registration of " + personId));
    }

    private RegistrationCounts counts(EventRef t) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (Object[] row : registrations.countsByStatus(t.eventId())) {
            counts.put((RegistrationStatus) row[0], (Long) row[1]);
        }
        return new RegistrationCounts(counts.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                counts.getOrDefault(RegistrationStatus.WAITLISTED, 0L),
                counts.getOrDefault(RegistrationStatus.CANCELLED, 0L), t.capacity());
    }

    private MyRegistration toMine(Registration r) {
        return new MyRegistration(r.getStatus(), waitlistPosition(r),
                r.getStatus() == RegistrationStatus.REGISTERED && !r.isPromotionSeen(), r.isPublicName());
    }

    private long waitlistPosition(Registration r) {
        return r.getStatus() == RegistrationStatus.WAITLISTED
                ? registrations.waitlistedBefore(r.getEventId(), r.getQueuePosition()) + 1 : 0;
    }

    private List<Participant> toParticipants(EventRef t, List<Registration> rows) {
        Map<Long, PersonDto> found = people.byIds(rows.stream().map(Registration::getPersonId).toList());
        // Waitlist positions follow from queue order: count within this page plus those before it.
        List<Participant> result = new ArrayList<>(rows.size());
        long firstWaitPos = -1;
        long seen = 0;
        for (Registration r : rows) {
            long pos = 0;
            if (r.getStatus() == RegistrationStatus.WAITLISTED) {
                if (firstWaitPos < 0) {
                    firstWaitPos = registrations.waitlistedBefore(t.eventId(), r.getQueuePosition());
                }
                pos = firstWaitPos + (++seen);
            }
            PersonDto p = found.get(r.getPersonId());
            result.add(new Participant(r.getPersonId(), p == null ? null : p.displayName(),
                    p == null ? null : p.email(), p == null ? null : p.organisation(),
                    p == null ? null : p.cityName(), r.getStatus(), pos, r.getJoinedAt(), r.isPublicName()));
        }
        return result;
    }
}
