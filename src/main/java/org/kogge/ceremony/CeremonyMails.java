package org.kogge.ceremony;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.Formats;
import org.kogge.common.Languages;
import org.kogge.common.PublicLinks;
import org.kogge.event.EventDetails;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsWriter;
import org.kogge.mail.MailAttachment;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.springframework.stereotype.Component;

/**
 * The mails a ceremony's guests get: the invitation with their personal RSVP link, the confirmation of a "yes" with
 * the ceremony's {@code .ics} (the event's one UID, as in every other calendar file) and the reminder before the
 * RSVP deadline. Each is queued in the caller's transaction ({@link MailOutbox#enqueue}), in German or English after
 * the language of the account with the guest's address, German (the app's language) when there is none; times in
 * the ceremony's zone. Guests have no account: the mails carry no person id.
 */
@Component
class CeremonyMails {

    static final String INVITATION = "ceremony-invitation";
    static final String ACCEPTED = "ceremony-accepted";
    static final String REMINDER = "ceremony-reminder";

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final PeopleDirectory people;
    private final IcsWriter icsWriter;
    private final PublicLinks links;
    private final I18NProvider i18n;

    CeremonyMails(MailComposer composer, MailOutbox outbox, PeopleDirectory people, IcsWriter icsWriter,
                  PublicLinks links, I18NProvider i18n) {
        this.composer = composer;
        this.outbox = outbox;
        this.people = people;
        this.icsWriter = icsWriter;
        this.links = links;
        this.i18n = i18n;
    }

    /** What every ceremony mail tells about the ceremony. */
    record Occasion(EventDetails event, CeremonyContent ceremony) {
    }

    /** The guests' languages by address, one query for a whole list; addresses without an account are missing. */
    Map<String, Locale> languages(Collection<String> emails) {
        return people.languagesByEmail(emails);
    }

    /** Queues the invitation and returns the outbox id of its mail. */
    long invitation(Invitation guest, Occasion o, Locale language) {
        MailComposer.Draft draft = composer.to(INVITATION, null, guest.getEmail(), guest.getName(), language)
                .subject("ceremony.mail.invitation.subject", o.ceremony().title())
                .paragraph("ceremony.mail.invitation.body", o.ceremony().title());
        facts(draft, o, language);
        return outbox.enqueue(draft.link("ceremony.mail.invitation.link", rsvpPath(guest)).build());
    }

    /** Queues the confirmation of a "yes", with the ceremony for the guest's calendar. */
    long accepted(Invitation guest, Occasion o) {
        Locale language = languageOf(guest);
        CalendarDocument calendar = CeremonyCalendar.document(new CeremonyCalendar.Input(o.event(), o.ceremony(),
                language, (key, args) -> i18n.getTranslation(key, language, args)), links);
        byte[] ics = icsWriter.write(calendar.name(), calendar.events());
        MailComposer.Draft draft = composer.to(ACCEPTED, null, guest.getEmail(), guest.getName(), language)
                .subject("ceremony.mail.accepted.subject", o.ceremony().title())
                .paragraph("ceremony.mail.accepted.body", o.ceremony().title());
        facts(draft, o, language);
        return outbox.enqueue(draft.paragraph("ceremony.mail.accepted.calendar")
                .link("ceremony.mail.accepted.link", rsvpPath(guest))
                .attach(MailAttachment.calendar(calendar.fileName(), ics))
                .build());
    }

    /** Queues the reminder to a guest who has not answered yet. */
    long reminder(Invitation guest, Occasion o) {
        Locale language = languageOf(guest);
        MailComposer.Draft draft = composer.to(REMINDER, null, guest.getEmail(), guest.getName(), language)
                .subject("ceremony.mail.reminder.subject", o.ceremony().title())
                .paragraph("ceremony.mail.reminder.body", o.ceremony().title());
        facts(draft, o, language);
        return outbox.enqueue(draft.link("ceremony.mail.invitation.link", rsvpPath(guest)).build());
    }

    private Locale languageOf(Invitation guest) {
        return languages(List.of(guest.getEmail())).getOrDefault(guest.getEmail(), Languages.DEFAULT);
    }

    /** When and where, and by when to answer (if a deadline is set), in the ceremony's zone. */
    private static void facts(MailComposer.Draft draft, Occasion o, Locale language) {
        CeremonyContent c = o.ceremony();
        draft.paragraph("ceremony.mail.when", Formats.range(c.startsAt(), c.endsAt(), c.zone(), language));
        String place = Stream.of(o.event().venueName(), o.event().venueAddress())
                .filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(", "));
        if (!place.isEmpty()) {
            draft.paragraph("ceremony.mail.where", place);
        }
        if (c.rsvpDeadline() != null) {
            draft.paragraph("ceremony.mail.deadline", Formats.dateTime(c.rsvpDeadline(), c.zone(), language));
        }
    }

    private static String rsvpPath(Invitation guest) {
        return "/invitation/" + guest.getToken();
    }
}
