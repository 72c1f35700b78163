package org.kogge.notification;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kogge.account.MailContact;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.OptionalMail;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.Formats;
import org.kogge.event.EventDetails;
import org.kogge.event.EventGate;
import org.kogge.event.EventService;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlacementStatus;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.StarService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reminder the day before an event, to everyone with a seat, with the sessions they host (when and where) and
 * those they starred. A job looks every
 * {@code kogge.mail.reminder.interval} for published events that start within {@code lead}; each event is handled
 * in one transaction that first locks the event's row and then records every person it reminds, so a second app
 * instance running the same job waits for the first and then finds everybody recorded: one reminder per person and
 * event. People who switched reminders off are recorded too (without a mail), so switching them on again an hour
 * before the start sends nothing late.
 */
@Component
public class Reminders {

    private final EventService events;
    private final EventGate gate;
    private final RegistrationService registrations;
    private final PeopleDirectory people;
    private final StarService stars;
    private final ScheduleReader schedules;
    private final MailPreferenceService preferences;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final EventReminderRepository reminded;
    private final ReminderSettings settings;
    private final Clock clock;
    private final PerEventJob job;

    Reminders(EventService events, EventGate gate, RegistrationService registrations, PeopleDirectory people,
              StarService stars, ScheduleReader schedules, MailPreferenceService preferences, MailComposer composer,
              MailOutbox outbox, EventReminderRepository reminded, ReminderSettings settings, Clock clock,
              PlatformTransactionManager transactions) {
        this.events = events;
        this.gate = gate;
        this.registrations = registrations;
        this.people = people;
        this.stars = stars;
        this.schedules = schedules;
        this.preferences = preferences;
        this.composer = composer;
        this.outbox = outbox;
        this.reminded = reminded;
        this.settings = settings;
        this.clock = clock;
        this.job = new PerEventJob(transactions, settings.interval(), "mail-reminders", this::sendDue);
    }

    /** Reminds everybody due now; returns how many reminder mails were queued. */
    public int sendDue() {
        Instant now = clock.instant();
        return job.eachEvent(events.publishedStartingBetween(now, now.plus(settings.lead())), e -> remind(e, now));
    }

    private int remind(EventDetails e, Instant now) {
        gate.lock(e.id());
        Set<Long> done = new HashSet<>(reminded.remindedIn(e.id()));
        List<Long> due = registrations.seatHolders(e.id()).stream().filter(p -> !done.contains(p)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, MailContact> wanting = people.mailContactsWanting(due, OptionalMail.REMINDERS);
        List<ScheduledSession> sessions = schedules.published(e.slug()).sessions();
        int queued = 0;
        for (long personId : due) {
            reminded.save(new EventReminder(e.id(), personId, now));
            MailContact to = wanting.get(personId);
            if (to != null) {
                outbox.enqueue(mail(e, to, hostedBy(personId, sessions), starredOf(personId, e.id(), sessions)));
                queued++;
            }
        }
        return queued;
    }

    /** The sessions a person hosts or co-hosts, not cancelled. */
    private static List<ScheduledSession> hostedBy(long personId, List<ScheduledSession> sessions) {
        return sessions.stream()
                .filter(s -> s.content().hostIds().contains(personId) && s.status() != PlacementStatus.CANCELLED)
                .toList();
    }

    /** The sessions a person starred and does not host, not cancelled. */
    private List<ScheduledSession> starredOf(long personId, long eventId, List<ScheduledSession> sessions) {
        Set<Long> starred = new HashSet<>();
        stars.starsOf(personId).stream().filter(s -> s.eventId() == eventId).forEach(s -> starred.add(s.sessionId()));
        return sessions.stream().filter(s -> starred.contains(s.id()) && s.status() != PlacementStatus.CANCELLED
                && !s.content().hostIds().contains(personId)).toList();
    }

    private org.kogge.mail.Mail mail(EventDetails e, MailContact to, List<ScheduledSession> hosted,
                                     List<ScheduledSession> starred) {
        MailComposer.Draft draft = composer.to("reminder", to.mailTo())
                .subject("notification.reminder.subject", e.title())
                .paragraph("notification.reminder.text", e.title(),
                        Formats.range(e.startsAt(), e.endsAt(), e.zone(), to.language()), e.venueName(),
                        e.venueAddress() == null ? "" : e.venueAddress());
        if (!hosted.isEmpty()) {
            draft.paragraph("notification.reminder.hosting");
            hosted.forEach(s -> session(draft, e, to, s));
        }
        if (!starred.isEmpty()) {
            draft.paragraph("notification.reminder.stars");
            starred.forEach(s -> session(draft, e, to, s));
        } else if (hosted.isEmpty()) {
            draft.paragraph("notification.reminder.no-stars");
        }
        return draft.link("notification.reminder.programme", "/events/" + e.slug() + "/schedule")
                .unsubscribe("notification.reminder.unsubscribe",
                        preferences.unsubscribePath(to.id(), OptionalMail.REMINDERS))
                .build();
    }

    private static void session(MailComposer.Draft draft, EventDetails e, MailContact to, ScheduledSession s) {
        draft.paragraph("notification.reminder.session", Formats.range(s.startsAt(), s.endsAt(), e.zone(), to.language()),
                s.roomName() == null ? "" : s.roomName(), s.content().title());
    }

    @PreDestroy
    void stop() {
        job.close();
    }
}
