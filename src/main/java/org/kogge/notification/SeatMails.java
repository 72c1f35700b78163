package org.kogge.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kogge.account.MailContact;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.Formats;
import org.kogge.common.TransactionMemo;
import org.kogge.event.EventDetails;
import org.kogge.event.EventService;
import org.kogge.mail.Mail;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailIntent;
import org.kogge.mail.MailOutbox;
import org.kogge.mail.MailRenderer;
import org.kogge.registration.PersonPromoted;
import org.kogge.registration.PersonRegistered;
import org.kogge.registration.PersonWaitlisted;
import org.kogge.registration.RegistrationCancelled;
import org.kogge.registration.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails a person about their seat whenever registration changes it.
 *
 * <p>The mail is written in the same transaction as the seat (a rollback mails nothing, a commit always has its
 * mail), but cheaply, because one capacity raise may promote 500 people: while the transaction runs, each seat change
 * is only noted; just before it commits ({@code beforeCommit}, still inside it, after the service's work is done, so
 * waitlist positions are final) the notes become {@link MailIntent}s: one query for the recipients, the event read
 * once, one batched insert. The sender later renders each mail ({@link #render}) with the event's calendar file.
 * Registration publishes domain events rather than calling this class, since the calendar, which these mails
 * attach, already depends on registration (a cycle otherwise). An exception here rolls the seat change back rather
 * than losing its mail. Spring Modulith's publication registry keeps only after-commit listeners, so these mails are
 * never written twice on a restart.
 */
@Component
class SeatMails implements MailRenderer {

    private static final Logger log = LoggerFactory.getLogger(SeatMails.class);

    private final EventService events;
    private final PeopleDirectory people;
    private final RegistrationService registrations;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final EventCalendarFile calendarFile;
    /** The key of the current transaction's notes. */
    private final Object pendingKey = new Object();
    /** The event and its calendar file, read once per sender's batch however many of its mails it renders. */
    private final TransactionMemo memo = new TransactionMemo();

    SeatMails(EventService events, PeopleDirectory people, RegistrationService registrations, MailComposer composer,
              MailOutbox outbox, EventCalendarFile calendarFile) {
        this.events = events;
        this.people = people;
        this.registrations = registrations;
        this.composer = composer;
        this.outbox = outbox;
        this.calendarFile = calendarFile;
    }

    @EventListener
    void on(PersonRegistered e) {
        note(new SeatChange(e.eventId(), e.personId(), SeatNotice.REGISTERED));
    }

    @EventListener
    void on(PersonWaitlisted e) {
        note(new SeatChange(e.eventId(), e.personId(),
                e.byOrganizer() ? SeatNotice.MOVED_TO_WAITLIST : SeatNotice.WAITLISTED));
    }

    @EventListener
    void on(PersonPromoted e) {
        note(new SeatChange(e.eventId(), e.personId(), SeatNotice.PROMOTED));
    }

    @EventListener
    void on(RegistrationCancelled e) {
        note(new SeatChange(e.eventId(), e.personId(), e.byOrganizer() ? SeatNotice.REMOVED : SeatNotice.CANCELLED));
    }

    /** Notes a seat change of the current transaction; its mails are queued just before the transaction commits. */
    @SuppressWarnings("unchecked")
    private void note(SeatChange change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a seat changes only in a transaction, and its mail with it");
        }
        List<SeatChange> pending = (List<SeatChange>) TransactionSynchronizationManager.getResource(pendingKey);
        if (pending == null) {
            List<SeatChange> notes = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(pendingKey, notes);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    queue(notes);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
                }
            });
            pending = notes;
        }
        pending.add(change);
    }

    /** The transaction's seat changes as mail intents: one query for the people, one per event, one insert. */
    private void queue(List<SeatChange> changes) {
        Map<Long, MailContact> contacts = people.mailContacts(changes.stream().map(SeatChange::personId).toList());
        List<MailIntent> intents = new ArrayList<>();
        for (SeatChange change : changes) {
            Optional<EventDetails> event = publicEvent(change.eventId());
            MailContact to = contacts.get(change.personId());
            if (event.isEmpty() || to == null) {
                // A draft's organizers trying out registration, or a deleted account: nobody to tell, nothing to link.
                log.debug("no {} mail: event {} not public or person {} without address", change.notice(),
                        change.eventId(), change.personId());
                continue;
            }
            long position = change.notice().waiting()
                    ? registrations.waitlistPosition(change.eventId(), change.personId()) : 0;
            intents.add(composer.intent(change.notice().kind(), to.mailTo(),
                    new SeatChange(change.eventId(), change.personId(), change.notice(), position).values(),
                    change.notice().subjectKey(), event.get().title()));
        }
        if (!intents.isEmpty()) {
            outbox.enqueueAll(intents);
        }
    }

    @Override
    public boolean renders(String kind) {
        return SeatNotice.ofKind(kind).isPresent();
    }

    @Override
    public Optional<Mail> render(MailIntent intent) {
        SeatChange change = SeatChange.of(intent);
        Optional<EventDetails> event = publicEvent(change.eventId());
        if (event.isEmpty()) {
            return Optional.empty();
        }
        EventDetails ev = event.get();
        SeatNotice notice = change.notice();
        String when = Formats.range(ev.startsAt(), ev.endsAt(), ev.zone(), intent.language());
        MailComposer.Draft draft = composer.to(intent, people.displayName(change.personId()))
                .subject(notice.subjectKey(), ev.title())
                .paragraph(notice.textKey(), ev.title(), when, ev.venueName(), change.position())
                .link("notification.seat.event-link", "/events/" + ev.slug());
        if (notice.withCalendar()) {
            draft.paragraph("notification.seat.calendar-attached")
                    .attach(memo.get(List.of("calendar", ev.id(), intent.language()),
                            () -> calendarFile.of(ev.slug(), intent.language())));
        }
        return Optional.of(draft.build());
    }

    private Optional<EventDetails> publicEvent(long eventId) {
        return memo.get(List.of("event", eventId), () -> events.publicDetails(eventId));
    }
}
