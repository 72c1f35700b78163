package org.kogge.ceremony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kogge.event.EventGate;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * marks the invitation ("not reminded yet" → now) in the transaction that queues the mail, so of two instances one
 * marks and mails, the other finds it marked; a rollback leaves neither mark nor mail.
 */
@Component
public class RsvpReminders {

    private static final Logger log = LoggerFactory.getLogger(RsvpReminders.class);

    private final InvitationRepository invitations;
    private final CeremonyService ceremonies;
    private final CeremonyMails mails;
    private final EventGate events;
    private final EventService eventPages;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration before;
    private final ScheduledExecutorService timer;

    RsvpReminders(InvitationRepository invitations, CeremonyService ceremonies, CeremonyMails mails, EventGate events,
                  EventService eventPages, PlatformTransactionManager transactions, Clock clock,
                  @Value("${kogge.mail.rsvp-reminder-days:3}") int days,
                  @Value("${kogge.mail.rsvp-reminder-interval:15m}") Duration interval) {
        if (days < 1) {
            throw new IllegalArgumentException("kogge.mail.rsvp-reminder-days must be at least 1, not " + days);
        }
        this.invitations = invitations;
        this.ceremonies = ceremonies;
        this.mails = mails;
        this.events = events;
        this.eventPages = eventPages;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.before = Duration.ofDays(days);
        this.timer = interval.isZero() || interval.isNegative() ? null : start(interval);
    }

    /** Queues the reminders that are due now; returns how many this call queued. */
    public int sendDue() {
        Instant now = clock.instant();
        List<Invitation> due = invitations.dueForReminder(now, now.plus(before));
        Map<Long, CeremonyMails.Occasion> occasions = new HashMap<>();
        int sent = 0;
        for (Invitation guest : due) {
            CeremonyMails.Occasion occasion = occasions.computeIfAbsent(guest.getEventId(), this::publishedOccasion);
            if (occasion != null && remind(guest.getId(), occasion, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** Marks and mails one guest in one transaction; false if another run (or instance) was first. */
    private boolean remind(long invitationId, CeremonyMails.Occasion occasion, Instant now) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            if (invitations.markReminded(invitationId, now) == 0) {
                return false;
            }
            mails.reminder(invitations.findById(invitationId).orElseThrow(), occasion);
            return true;
        }));
    }

    /** What the mails tell of a published ceremony; {@code null} for a ceremony in any other state (no reminder). */
    private CeremonyMails.Occasion publishedOccasion(long eventId) {
        EventSummary summary = events.summaries(List.of(eventId)).stream().findFirst().orElse(null);
        if (summary == null || summary.state() != EventState.PUBLISHED) {
            return null;
        }
        return new CeremonyMails.Occasion(eventPages.details(summary.slug()),
                ceremonies.contentOf(eventId, summary.slug()));
    }

    private ScheduledExecutorService start(Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rsvp-reminders");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::sendSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return executor;
    }

    private void sendSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("RSVP reminder run failed, next run at the next interval", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
