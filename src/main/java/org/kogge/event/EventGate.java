package org.kogge.event;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.account.CurrentUser;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.feed.ChangeStamps;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event feature's face towards features that hang off an event (registration, proposals, schedule): look an
 * event up by slug, check who organizes it, and lock its row while seats are counted.
 * <p>
 * Looked up outside a transaction (a live page refreshing, a view opening), an event comes from memory while no
 * event has changed since it was read: every committed write of an event moves the {@linkplain ChangeStamps#ofAll
 * stamp of all events}, so a vote that reaches 500 open boards costs no query for their event (issue 12). Inside a
 * transaction it is read as that transaction sees it, as before.
 */
@Service
@Transactional(readOnly = true)
public class EventGate {

    /** An event as read by slug, with the stamp of all events taken before it was read. */
    private record Known(long stamp, EventRef event) {
    }

    private final EventLockRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ChangeStamps stamps;
    /** Events read by slug outside a transaction; a few hundred at most (the events people look at). */
    private final Cache<String, Known> known = Caffeine.newBuilder().maximumSize(1_000).executor(Runnable::run)
            .build();

    public EventGate(EventLockRepository events, CurrentUser currentUser, Clock clock, ChangeStamps stamps) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
        this.stamps = stamps;
        // What a change of all events made stale takes no room (it is never used anyway: the stamp decides).
        stamps.onChange(eventId -> {
            if (eventId == ChangeStamps.ALL) {
                known.invalidateAll();
            }
        });
    }

    /**
     * A public (or, for its organizers, draft) event's terms; drafts are "not found" for everybody else. Outside a
     * transaction without one of its own (from memory, or one query).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public EventRef visible(String slug) {
        EventRef t = bySlug(slug);
        if (!t.state().isPublic() && !isOrganizer(t)) {
            throw new NotFoundException("event " + slug);
        }
        return t;
    }

    /** The terms of an event the caller organizes (or any event, for admins); others are refused. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public EventRef organized(String slug) {
        EventRef t = bySlug(slug);
        checkOrganizes(t.organizerIds(), slug);
        return t;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean isOrganizer(EventRef t) {
        return callerOrganizes(t.organizerIds());
    }

    /** Whether the caller organizes an event with these organizers; admins organize every event. */
    boolean callerOrganizes(Collection<Long> organizerIds) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return currentUser.hasRole(Role.ORGANIZER) && currentUser.id().map(organizerIds::contains).orElse(false);
    }

    /** Refuses a caller who does not organize the event {@code slug} with these organizers. */
    void checkOrganizes(Collection<Long> organizerIds, String slug) {
        if (!callerOrganizes(organizerIds)) {
            throw new AccessDeniedException("not an organizer of " + slug);
        }
    }

    /** Locks the event's row until the surrounding transaction ends, and returns its current terms. */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventRef lock(long eventId) {
        return EventRef.of(events.lockById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId)));
    }

    /** Sets a new capacity ({@code null}: unlimited) on a locked event; the caller must be its organizer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventRef changeCapacity(long eventId, Integer capacity) {
        Event e = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
        if (!isOrganizer(EventRef.of(e))) {
            throw new AccessDeniedException("not an organizer");
        }
        if (capacity != null && (capacity < 1 || capacity > 100_000)) {
            throw new InvalidInputException("capacity", "event.capacity.range");
        }
        e.changeCapacity(capacity, clock.instant());
        return EventRef.of(e);
    }

    /**
     * Opens a ceremony to the public (normal registration) or makes it invitation-only again; the caller must be
     * its organizer. Registrations made while it was open are kept.
     */
    @Transactional
    public EventRef changeOpenToPublic(String slug, boolean open) {
        EventRef t = organized(slug);
        Event e = events.lockById(t.eventId()).orElseThrow(() -> new NotFoundException("event " + slug));
        if (e.getKind() != EventKind.CEREMONY) {
            throw new InvalidInputException("openToPublic", "ceremony.not-a-ceremony");
        }
        e.changeOpenToPublic(open, clock.instant());
        return EventRef.of(e);
    }

    /** Summaries of the given events (any state), for lists such as "my events". */
    public List<EventSummary> summaries(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : events.summaries(ids);
    }

    /** As {@link #summaries}, by event id; events that are gone are missing. */
    public Map<Long, EventSummary> summariesById(Collection<Long> ids) {
        return summaries(ids).stream().collect(Collectors.toMap(EventSummary::id, Function.identity()));
    }

    /** The summary of one event (any state); empty if it is gone. */
    public Optional<EventSummary> summary(long id) {
        return events.summaries(List.of(id)).stream().findFirst();
    }

    /**
     * The event of a slug. Inside a transaction from the database: a transaction that read before may see an older
     * state than the stamp says, so it neither uses nor fills what is kept. Outside one the event kept for the slug,
     * if no event changed since it was read; else read now (afresh, outside any transaction: it sees every change
     * committed before the stamp was taken) and kept with that stamp: a change committed meanwhile has moved the
     * stamp past it, and the next look-up reads again.
     */
    private EventRef bySlug(String slug) {
        String key = slug == null ? "" : slug;
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read(key);
        }
        long stamp = stamps.ofAll().seq();
        Known kept = known.getIfPresent(key);
        if (kept != null && kept.stamp() >= stamp) {
            return kept.event();
        }
        EventRef t = read(key);
        known.asMap().merge(key, new Known(stamp, t), (old, now) -> old.stamp() >= now.stamp() ? old : now);
        return t;
    }

    private EventRef read(String slug) {
        return events.findBySlugWithOrganizers(slug).map(EventRef::of)
                .orElseThrow(() -> new NotFoundException("event " + slug));
    }
}
