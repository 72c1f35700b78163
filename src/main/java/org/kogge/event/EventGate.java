package org.kogge.event;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kogge.account.CurrentUser;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event feature's face towards features that hang off an event (registration, proposals, schedule): look an
 * event up by slug, check who organizes it, and lock its row while seats are counted.
 */
@Service
@Transactional(readOnly = true)
public class EventGate {

    private final EventLockRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    public EventGate(EventLockRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A public (or, for its organizers, draft) event's terms; drafts are "not found" for everybody else. */
    public EventRef visible(String slug) {
        EventRef t = bySlug(slug);
        if (!t.state().isPublic() && !isOrganizer(t)) {
            throw new NotFoundException("event " + slug);
        }
        return t;
    }

    /** The terms of an event the caller organizes (or any event, for admins); others are refused. */
    public EventRef organized(String slug) {
        EventRef t = bySlug(slug);
        checkOrganizes(t.organizerIds(), slug);
        return t;
    }

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

    /** The summary of one event (any state); empty if it is gone. */
    public Optional<EventSummary> summary(long id) {
        return events.summaries(List.of(id)).stream().findFirst();
    }

    private EventRef bySlug(String slug) {
        return events.findBySlugWithOrganizers(slug == null ? "" : slug).map(EventRef::of)
                .orElseThrow(() -> new NotFoundException("event " + slug));
    }
}
