package org.kogge.notification;

import java.util.List;
import java.util.Optional;
import org.kogge.account.MailContact;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.Formats;
import org.kogge.common.TransactionMemo;
import org.kogge.event.EventDetails;
import org.kogge.event.EventService;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.kogge.registration.PersonPromoted;
import org.kogge.registration.PersonRegistered;
import org.kogge.registration.PersonWaitlisted;
import org.kogge.registration.RegistrationCancelled;
import org.kogge.registration.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails a person about their seat whenever registration changes it.
 *
 * <p>Why a listener {@code BEFORE_COMMIT} rather than a call from {@code RegistrationService}: the mail must be
 * written in the same transaction as the seat (a rollback mails nothing, a commit always has its mail), and
 * {@code BEFORE_COMMIT} runs exactly there, still inside that transaction, after the service's work is done. A call
 * from the service would have done the same, but registration would then depend on mail and on the calendar, and
 * the calendar already depends on registration (a cycle). The domain events carry everything needed, and an
 * exception here rolls the seat change back rather than losing its mail. Spring Modulith's publication registry
 * keeps only after-commit listeners, so these mails are never written twice on a restart.
 */
@Component
class SeatMails {

    private static final Logger log = LoggerFactory.getLogger(SeatMails.class);

    private final EventService events;
    private final PeopleDirectory people;
    private final RegistrationService registrations;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final EventCalendarFile calendarFile;
    /** The event and its calendar file, read once per transaction however many seats it changes. */
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

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PersonRegistered e) {
        mail(e.eventId(), e.personId(), SeatNotice.REGISTERED);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PersonWaitlisted e) {
        mail(e.eventId(), e.personId(), e.byOrganizer() ? SeatNotice.MOVED_TO_WAITLIST : SeatNotice.WAITLISTED);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(PersonPromoted e) {
        mail(e.eventId(), e.personId(), SeatNotice.PROMOTED);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(RegistrationCancelled e) {
        mail(e.eventId(), e.personId(), e.byOrganizer() ? SeatNotice.REMOVED : SeatNotice.CANCELLED);
    }

    private void mail(long eventId, long personId, SeatNotice notice) {
        Optional<EventDetails> event = memo.get(List.of("event", eventId),
                () -> events.publicDetails(List.of(eventId)).stream().findFirst());
        MailContact to = people.mailContacts(List.of(personId)).get(personId);
        if (event.isEmpty() || to == null) {
            // A draft's organizers trying out registration, or a deleted account: nobody to tell, nothing to link.
            log.debug("no {} mail: event {} not public or person {} without address", notice, eventId, personId);
            return;
        }
        EventDetails ev = event.get();
        String when = Formats.range(ev.startsAt(), ev.endsAt(), ev.zone(), to.language());
        long position = notice.waiting() ? registrations.waitlistPosition(eventId, personId) : 0;
        MailComposer.Draft draft = composer.to(notice.kind(), personId, to.email(), to.displayName(), to.language())
                .subject(notice.subjectKey(), ev.title())
                .paragraph(notice.textKey(), ev.title(), when, ev.venueName(), position)
                .link("notification.seat.event-link", "/events/" + ev.slug());
        if (notice.withCalendar()) {
            draft.paragraph("notification.seat.calendar-attached")
                    .attach(memo.get(List.of("calendar", eventId, to.language()),
                            () -> calendarFile.of(ev.slug(), to.language())));
        }
        outbox.enqueue(draft.build());
    }
}
