package org.kogge.ceremony;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.kogge.event.EventState;

/**
 * A ceremony's programme and settings: the agreement, the agenda in order of time, the signatories in signing
 * order; times are shown in {@code zone}. {@code rsvpDeadline} {@code null}: answers until the ceremony starts.
 * {@code version}: of the agreement and settings, which the organizer's forms carry ({@code -1} before the first edit).
 */
public record CeremonyContent(long eventId, String slug, String title, EventState state, ZoneId zone,
                              Instant startsAt, Instant endsAt, String agreementTitle, String agreementSummary,
                              String agreementUrl, List<AgendaEntry> agenda, List<SignatoryEntry> signatories,
                              Instant rsvpDeadline, int maxCompanions, boolean openToPublic, Instant updatedAt,
                              int icalSequence, long version) {

    /** When answers close: the deadline if set, else the start of the ceremony. */
    public Instant answersCloseAt() {
        return rsvpDeadline != null ? rsvpDeadline : startsAt;
    }

    public boolean hasAgreement() {
        return agreementTitle != null || agreementSummary != null || agreementUrl != null;
    }

    public boolean isEmpty() {
        return !hasAgreement() && agenda.isEmpty() && signatories.isEmpty();
    }
}
