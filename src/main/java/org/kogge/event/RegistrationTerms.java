package org.kogge.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * What registration needs to know of an event: its state, capacity and registration window, and for ceremonies
 * whether they are open to the public ({@code openToPublic}) or by invitation only.
 */
public record RegistrationTerms(long eventId, String slug, String title, EventKind kind, EventState state,
                                Integer capacity, Instant opensAt, Instant closesAt, Instant startsAt, Instant endsAt,
                                ZoneId zone, Set<Long> organizerIds, boolean openToPublic) {

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

    static RegistrationTerms of(Event e) {
        return new RegistrationTerms(e.getId(), e.getSlug(), e.getTitle(), e.getKind(), e.getState(), e.getCapacity(),
                e.getRegistrationOpensAt(), e.getRegistrationClosesAt(), e.getStartsAt(), e.getEndsAt(), e.getZone(),
                e.getOrganizerIds(), e.isOpenToPublic());
    }
}
