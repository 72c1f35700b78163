package org.kogge.ceremony;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.kogge.account.CurrentUser;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in at the door, for the ceremony's organizers and admins: a name search that forgives one typo, a tick
 * for "arrived" with the time, and undo. A tick is one conditional UPDATE ("only if not yet arrived"), so when
 * two staff tick the same guest at once exactly one of them checks the guest in and the other is told so.
 */
@Service
@Transactional(readOnly = true)
public class CheckinService {

    static final int MAX_RESULTS = 50;

    private final InvitationRepository invitations;
    private final GuestListService guestList;
    private final EventGate events;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CheckinService(InvitationRepository invitations, GuestListService guestList, EventGate events,
                          CurrentUser currentUser, Clock clock) {
        this.invitations = invitations;
        this.guestList = guestList;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Guests (not revoked) whose first or last name begins with the words of the query, forgiving one typo per
     * word; exact matches first, then guests expected at the door before those who declined, then by name. An empty
     * query lists everyone that way. One query, whatever the size.
     */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<CheckinRow> search(String slug, String query) {
        EventRef t = organized(slug);
        List<Invitation> all = invitations.findByEventIdAndRevokedAtIsNullOrderByNameAscIdAsc(t.eventId());
        boolean everyone = GuestSearch.words(query).isEmpty();
        record Hit(Invitation invitation, int score) {
        }
        return all.stream()
                .map(i -> new Hit(i, everyone ? GuestSearch.EXACT : GuestSearch.match(query, i.getName())))
                .filter(h -> h.score() != GuestSearch.NONE)
                .sorted(Comparator.comparingInt((Hit h) -> -h.score())
                        .thenComparing(h -> h.invitation().getRsvp() == RsvpStatus.DECLINED))
                .limit(MAX_RESULTS)
                .map(h -> row(h.invitation()))
                .toList();
    }

    /** Ticks a guest as arrived now; if someone else was quicker, says when they did it and changes nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CheckinResult checkIn(String slug, long invitationId) {
        EventRef t = organized(slug);
        // Stored in microseconds (DATETIME(6)): the time told to the winner is the one the others read.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (invitations.checkIn(t.eventId(), invitationId, currentUser.id().orElse(null), now) == 1) {
            return new CheckinResult(CheckinResult.Outcome.CHECKED_IN, now);
        }
        Invitation i = invitations.findByIdAndEventId(invitationId, t.eventId())
                .filter(x -> !x.isRevoked())
                .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
        return new CheckinResult(CheckinResult.Outcome.ALREADY, i.getCheckedInAt());
    }

    /** Takes a tick back (a wrong guest was ticked). */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CheckinResult undo(String slug, long invitationId) {
        EventRef t = organized(slug);
        if (invitations.undoCheckIn(t.eventId(), invitationId) == 1) {
            return new CheckinResult(CheckinResult.Outcome.UNDONE, null);
        }
        invitations.findByIdAndEventId(invitationId, t.eventId())
                .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
        return new CheckinResult(CheckinResult.Outcome.NOT_CHECKED_IN, null);
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public GuestCounts counts(String slug) {
        return guestList.counts(organized(slug).eventId());
    }

    private EventRef organized(String slug) {
        return events.organized(slug).ofKind(EventKind.CEREMONY);
    }

    private static CheckinRow row(Invitation i) {
        return new CheckinRow(i.getId(), i.getName(), i.getOrganisation(), i.getGuestRole(), i.getRsvp(),
                i.getCompanions(), i.getNote(), i.getCheckedInAt());
    }
}
