package org.kogge.notification;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kogge.account.MailContact;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.OptionalMail;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.Formats;
import org.kogge.event.EventDetails;
import org.kogge.event.EventGate;
import org.kogge.event.EventService;
import org.kogge.mail.Mail;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PublishedSchedule;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.StarService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The digest of a published programme's changes: instead of one mail per moved or cancelled session, everyone who
 * holds a seat at the event (all its changes), or hosts or starred a changed session (that session's changes), gets
 * one mail per event, {@code kogge.mail.digest-delay} after its first unsent change, listing what changed in the
 * meantime with the new times in the event's zone, in their language, with the event's updated {@code .ics}.
 *
 * <p>Each event is handled in one transaction that first locks the event's row (as {@link Reminders} does), then
 * reads its unsent changes and marks them sent: a second app instance running the same job waits for the first and
 * then finds nothing unsent, so each change reaches each person once. People who switched "changes" off are passed
 * over; the changes still count as sent, so switching on again later sends nothing stale.
 */
@Component
public class ChangeDigests {

    private static final Logger log = LoggerFactory.getLogger(ChangeDigests.class);

    private final DigestChangeRepository changes;
    private final EventService events;
    private final EventGate gate;
    private final RegistrationService registrations;
    private final StarService stars;
    private final ScheduleReader schedules;
    private final PeopleDirectory people;
    private final MailPreferenceService preferences;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final EventCalendarFile calendarFile;
    private final DigestSettings settings;
    private final Clock clock;
    private final PerEventJob job;

    ChangeDigests(DigestChangeRepository changes, EventService events, EventGate gate,
                  RegistrationService registrations, StarService stars, ScheduleReader schedules,
                  PeopleDirectory people, MailPreferenceService preferences, MailComposer composer, MailOutbox outbox,
                  EventCalendarFile calendarFile, DigestSettings settings, Clock clock,
                  PlatformTransactionManager transactions) {
        this.changes = changes;
        this.events = events;
        this.gate = gate;
        this.registrations = registrations;
        this.stars = stars;
        this.schedules = schedules;
        this.people = people;
        this.preferences = preferences;
        this.composer = composer;
        this.outbox = outbox;
        this.calendarFile = calendarFile;
        this.settings = settings;
        this.clock = clock;
        this.job = new PerEventJob(transactions, settings.digestInterval(), "mail-change-digests", this::sendDue);
    }

    /** Mails the digests whose batching window has closed; returns how many mails were queued. */
    public int sendDue() {
        Instant now = clock.instant();
        return job.eachEvent(changes.eventsDueBefore(now.minus(settings.digestDelay())),
                eventId -> digest(eventId, now));
    }

    private int digest(long eventId, Instant now) {
        gate.lock(eventId);
        List<DigestChange> pending = changes.pendingIn(eventId);
        if (pending.isEmpty()) {
            return 0; // another instance sent them while this one waited for the lock
        }
        changes.markSent(pending.stream().map(DigestChange::getId).toList(), now);
        Optional<EventDetails> event = events.publicDetails(eventId);
        if (event.isEmpty()) {
            log.debug("no change digest: event {} is not public any more", eventId);
            return 0;
        }
        Map<Long, List<DigestChange>> byPerson = recipients(event.get(), pending);
        Map<Long, MailContact> wanting = people.mailContactsWanting(List.copyOf(byPerson.keySet()),
                OptionalMail.CHANGES);
        int queued = 0;
        for (Map.Entry<Long, List<DigestChange>> entry : byPerson.entrySet()) {
            MailContact to = wanting.get(entry.getKey());
            if (to != null) {
                outbox.enqueue(mail(event.get(), to, entry.getValue()));
                queued++;
            }
        }
        return queued;
    }

    /**
     * Each recipient with the changes they are told: seat holders all of them, others those of the sessions they host
     * (host or co-host) or starred.
     */
    private Map<Long, List<DigestChange>> recipients(EventDetails event, List<DigestChange> pending) {
        Set<Long> seatHolders = new HashSet<>(registrations.seatHolders(event.id()));
        Map<Long, Set<Long>> starrers = stars.starrersIn(event.id());
        Map<Long, Set<Long>> hosts = hostsBySession(schedules.published(event.slug()));
        Map<Long, List<DigestChange>> byPerson = new LinkedHashMap<>();
        for (DigestChange change : pending) {
            Set<Long> told = new HashSet<>(seatHolders);
            told.addAll(starrers.getOrDefault(change.getSessionId(), Set.of()));
            told.addAll(hosts.getOrDefault(change.getSessionId(), Set.of()));
            told.forEach(person -> byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(change));
        }
        return byPerson;
    }

    /** The hosts of each session of the published programme, withdrawn ones included. */
    private static Map<Long, Set<Long>> hostsBySession(PublishedSchedule programme) {
        Map<Long, Set<Long>> hosts = new HashMap<>();
        for (List<ScheduledSession> sessions : List.of(programme.sessions(), programme.withdrawn())) {
            sessions.forEach(s -> hosts.put(s.id(), s.content().hostIds()));
        }
        return hosts;
    }

    private Mail mail(EventDetails e, MailContact to, List<DigestChange> changed) {
        MailComposer.Draft draft = composer.to("schedule-digest", to.mailTo())
                .subject("notification.digest.subject", e.title())
                .paragraph("notification.digest.text", e.title());
        for (DigestChange c : changed) {
            String when = c.getStartsAt() == null ? ""
                    : Formats.range(c.getStartsAt(), c.getEndsAt(), e.zone(), to.language());
            draft.paragraph(c.getKind().messageKey,
                    c.getTitle(), when, c.getRoom() == null ? "" : c.getRoom());
        }
        return draft.paragraph("notification.digest.calendar-attached")
                .attach(calendarFile.of(e.slug(), to.language()))
                .link("notification.digest.programme", "/events/" + e.slug() + "/schedule")
                .unsubscribe("notification.digest.unsubscribe",
                        preferences.unsubscribePath(to.id(), OptionalMail.CHANGES))
                .build();
    }

    @PreDestroy
    void stop() {
        job.close();
    }
}
