package org.kogge.ceremony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kogge.common.BackgroundJob;
import org.kogge.event.EventGate;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds guests who have not answered, {@code kogge.mail.rsvp-reminder-days} (3) days before the RSVP deadline of
 * a published ceremony, every {@code kogge.mail.rsvp-reminder-interval} (0: only when called, as in tests).
 *
 * <p>Only guests whose invitation went out by mail are reminded: one whose link was handed over otherwise gets no
 * mail out of the blue. Each guest is reminded exactly once, also with several app instances: a conditional UPDATE
 * marks the invitation ("not reminded yet" → now) in the transaction that queues the mail (its intent, rendered by
 * the sender), so of two instances one marks and mails, the other finds it marked; a rollback leaves neither mark
 * nor mail.
 */
@Component
public class RsvpReminders {

    private final InvitationRepository invitations;
    private final CeremonyService ceremonies;
    private final CeremonyMails mails;
    private final EventGate events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration before;
    private final BackgroundJob timer;

    RsvpReminders(InvitationRepository invitations, CeremonyService ceremonies, CeremonyMails mails, EventGate events,
                  PlatformTransactionManager transactions, Clock clock,
                  @Value("${kogge.mail.rsvp-reminder-days:3}") int days,
                  @Value("${kogge.mail.rsvp-reminder-interval:15m}") Duration interval) {
        if (days < 1) {
            throw new IllegalArgumentException("kogge.mail.rsvp-reminder-days must be at least 1, not " + days);
        }
        this.invitations = invitations;
        this.ceremonies = ceremonies;
        this.mails = mails;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.before = Duration.ofDays(days);
        this.timer = BackgroundJob.every(interval, "rsvp-reminders", this::sendDue);
    }

    /** Queues the reminders that are due now; returns how many this call queued. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Invitation> due = invitations.dueForReminder(now, now.plus(before));
        Map<Long, String> titles = new HashMap<>();
        int sent = 0;
        for (Invitation guest : due) {
            String title = titles.computeIfAbsent(guest.getEventId(), this::publishedTitle);
            if (title != null && remind(guest.getId(), title, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Marks and mails one guest in one transaction; false if another run (or instance) was first. */
    private boolean remind(long invitationId, String title, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (invitations.markReminded(invitationId, now) == 0) {
                return false;
            }
            mails.reminder(invitations.findById(invitationId).orElseThrow(), title);
            return true;
        }));
    }

    /** The title of a published ceremony; {@code null} for a ceremony in any other state (no reminder). */
    private String publishedTitle(long eventId) {
        EventSummary summary = events.summary(eventId).orElse(null);
        if (summary == null || summary.state() != EventState.PUBLISHED) {
            return null;
        }
        return ceremonies.contentOf(eventId, summary.slug()).title();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        timer.close();
    }
}
