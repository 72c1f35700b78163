package org.kogge.ceremony;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kogge.common.InvalidInputException;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.event.EventState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by mail, for a ceremony's organizers: to one guest, to the selected guests, or to every guest who has
 * not had one yet. Each mail carries the guest's personal RSVP link ({@link CeremonyMails}); the invitation keeps
 * the outbox row of its mail, whose state the guest list shows. The mails are queued with the change as small
 * intents in one batch, which the sender renders later, so the page never waits for 500 MIME messages or a mail
 * server. The event's row is locked first, so that two organizers sending "to all" at the
 * same moment do not both mail every guest. Only a published ceremony that has not ended invites: a draft's links
 * show nothing yet. The organizer's own mail program (the mailto: link) stays as a fallback.
 */
@Service
@Transactional(readOnly = true)
public class InvitationMailService {

    private static final Comparator<Invitation> BY_NAME = Comparator.comparing(Invitation::getName)
            .thenComparing(Invitation::getId);

    private final InvitationRepository invitations;
    private final CeremonyService ceremonies;
    private final CeremonyMails mails;
    private final EventGate events;
    private final Clock clock;

    InvitationMailService(InvitationRepository invitations, CeremonyService ceremonies, CeremonyMails mails,
                          EventGate events, Clock clock) {
        this.invitations = invitations;
        this.ceremonies = ceremonies;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails the invitation to these guests (one or several), also to those who had one already (e.g. it failed or
     * went astray); revoked guests and guests of other events are refused. Returns how many mails were queued.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public int send(String slug, Collection<Long> invitationIds) {
        Set<Long> ids = Set.copyOf(invitationIds);
        EventRef t = sendable(slug);
        if (ids.isEmpty()) {
            throw new InvalidInputException(null, "ceremony.mail.none-selected");
        }
        List<Invitation> guests = invitations.findAllById(ids).stream()
                .filter(i -> i.getEventId() == t.eventId()).sorted(BY_NAME).toList();
        if (guests.size() != ids.size() || guests.stream().anyMatch(Invitation::isRevoked)) {
            throw new InvalidInputException(null, "ceremony.mail.not-a-guest");
        }
        return mail(t, guests);
    }

    /** Mails the invitation to every guest (not revoked) who has had no invitation mail yet. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public int sendToAllNotYetMailed(String slug) {
        EventRef t = sendable(slug);
        List<Invitation> guests = invitations.findByEventIdAndRevokedAtIsNullAndMailIdIsNullOrderByNameAscIdAsc(
                t.eventId());
        if (guests.isEmpty()) {
            throw new InvalidInputException(null, "ceremony.mail.none-left");
        }
        return mail(t, guests);
    }

    /** The ceremony, locked, if its organizer may send invitations now; refused with a clear reason otherwise. */
    private EventRef sendable(String slug) {
        EventRef t = events.lock(events.organized(slug).ofKind(EventKind.CEREMONY).eventId());
        if (t.state() != EventState.PUBLISHED) {
            throw new InvalidInputException(null, "ceremony.mail.not-published");
        }
        if (!clock.instant().isBefore(t.endsAt())) {
            throw new InvalidInputException(null, "ceremony.mail.over");
        }
        return t;
    }

    /** Queues the guests' mails (intents, one batch) and keeps each mail's outbox id with its invitation. */
    private int mail(EventRef t, List<Invitation> guests) {
        List<Long> mailIds = mails.invitations(guests, ceremonies.contentOf(t).title());
        for (int i = 0; i < guests.size(); i++) {
            guests.get(i).mailed(mailIds.get(i));
        }
        invitations.flush();
        return guests.size();
    }
}
