package org.kogge.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.kogge.common.NotFoundException;

/**
 * The reference to an event that the other features pass around: its identity, kind and state, its times and zone,
 * its organizers, and what registration needs (capacity, window, whether a ceremony is open to the public).
 *
 * <p>Only the event feature creates one ({@link EventGate}), from the stored event, so a reference in hand always
 * describes an event that exists. It is a snapshot: it does not follow later changes of the event.
 */
public final class EventRef {

    private final long eventId;
    private final String slug;
    private final String title;
    private final EventKind kind;
    private final EventState state;
    private final Integer capacity;
    private final Instant opensAt;
    private final Instant closesAt;
    private final Instant startsAt;
    private final Instant endsAt;
    private final ZoneId zone;
    private final Set<Long> organizerIds;
    private final boolean openToPublic;

    EventRef(long eventId, String slug, String title, EventKind kind, EventState state, Integer capacity,
             Instant opensAt, Instant closesAt, Instant startsAt, Instant endsAt, ZoneId zone, Set<Long> organizerIds,
             boolean openToPublic) {
        this.eventId = eventId;
        this.slug = slug;
        this.title = title;
        this.kind = kind;
        this.state = state;
        this.capacity = capacity;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.zone = zone;
        this.organizerIds = Set.copyOf(organizerIds);
        this.openToPublic = openToPublic;
    }

    /** These terms, if the event is of the {@code expected} kind; an event of another kind is as unknown as none. */
    public EventRef ofKind(EventKind expected) {
        if (kind != expected) {
            throw new NotFoundException(expected.name().toLowerCase(Locale.ROOT) + " " + slug);
        }
        return this;
    }

    static EventRef of(Event e) {
        return new EventRef(e.getId(), e.getSlug(), e.getTitle(), e.getKind(), e.getState(), e.getCapacity(),
                e.getRegistrationOpensAt(), e.getRegistrationClosesAt(), e.getStartsAt(), e.getEndsAt(), e.getZone(),
                e.getOrganizerIds(), e.isOpenToPublic());
    }

    public long eventId() { return eventId; }
    public String slug() { return slug; }
    public String title() { return title; }
    public EventKind kind() { return kind; }
    public EventState state() { return state; }
    /** Seats, or {@code null} for no limit. */
    public Integer capacity() { return capacity; }
    /** When registration opens, or {@code null} for "once published". */
    public Instant opensAt() { return opensAt; }
    /** When registration closes, or {@code null} for "when the event ends". */
    public Instant closesAt() { return closesAt; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public ZoneId zone() { return zone; }
    public Set<Long> organizerIds() { return organizerIds; }
    public boolean openToPublic() { return openToPublic; }

    /** A ceremony that is not open to the public: guests come by personal invitation, nobody signs up. */
    public boolean isInvitationOnly() {
        return kind == EventKind.CEREMONY && !openToPublic;
    }

    /** Open when published and now is inside the window; without a window, until the event ends. */
    public boolean isOpenAt(Instant now) {
        if (state != EventState.PUBLISHED) {
            return false;
        }
        if (opensAt != null && now.isBefore(opensAt)) {
            return false;
        }
        Instant closes = closesAt != null ? closesAt : endsAt;
        return now.isBefore(closes);
    }

    public boolean isUnlimited() {
        return capacity == null;
    }

    public boolean isPast(Instant now) {
        return !endsAt.isAfter(now);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventRef other && eventId == other.eventId && openToPublic == other.openToPublic
                && Objects.equals(slug, other.slug) && Objects.equals(title, other.title) && kind == other.kind
                && state == other.state && Objects.equals(capacity, other.capacity)
                && Objects.equals(opensAt, other.opensAt) && Objects.equals(closesAt, other.closesAt)
                && Objects.equals(startsAt, other.startsAt) && Objects.equals(endsAt, other.endsAt)
                && Objects.equals(zone, other.zone) && organizerIds.equals(other.organizerIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, slug, state, startsAt, endsAt);
    }

    @Override
    public String toString() {
        return "EventRef[" + eventId + " " + slug + " " + kind + " " + state + "]";
    }
}
