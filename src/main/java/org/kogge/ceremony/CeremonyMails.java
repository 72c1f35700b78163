package org.kogge.ceremony;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.Formats;
import org.kogge.common.Languages;
import org.kogge.common.PublicLinks;
import org.kogge.common.Texts;
import org.kogge.common.TransactionMemo;
import org.kogge.event.EventDetails;
import org.kogge.event.EventGate;
import org.kogge.event.EventService;
import org.kogge.event.EventSummary;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsWriter;
import org.kogge.mail.Mail;
import org.kogge.mail.MailAttachment;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailIntent;
import org.kogge.mail.MailOutbox;
import org.kogge.mail.MailRenderer;
import org.kogge.mail.MailTo;
import org.springframework.stereotype.Component;

/**
 * The mails a ceremony's guests get: the invitation with their personal RSVP link, the confirmation of a "yes" with
 * the ceremony's {@code .ics} (the event's one UID, as in every other calendar file) and the reminder before the
 * RSVP deadline. The caller's transaction queues only each mail's intent (recipient, language, subject, the
 * invitation's id), all of a "send to all" in one batched insert; the sender writes each mail when it delivers it
 * ({@link #render}), from the invitation and ceremony as they are then: a guest revoked in between, or a ceremony
 * no longer public, gets nothing, nor does a guest whose answer changed so that the mail no longer fits it. In German
 * or English after the language of the account with the guest's address, German (the app's language) when there is
 * none; times in the ceremony's zone. Guests have no account: the mails carry no person id.
 */
@Component
class CeremonyMails implements MailRenderer {

    static final String INVITATION = "ceremony-invitation";
    static final String ACCEPTED = "ceremony-accepted";
    static final String REMINDER = "ceremony-reminder";
    private static final String GUEST = "invitation=";

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final PeopleDirectory people;
    private final IcsWriter icsWriter;
    private final PublicLinks links;
    private final InvitationRepository invitations;
    private final EventGate events;
    private final EventService eventPages;
    private final CeremonyService ceremonies;
    /** The ceremonies of the sender's batch, read once however many of their mails it renders. */
    private final TransactionMemo memo = new TransactionMemo();

    CeremonyMails(MailComposer composer, MailOutbox outbox, PeopleDirectory people, IcsWriter icsWriter,
                  PublicLinks links, InvitationRepository invitations, EventGate events, EventService eventPages,
                  CeremonyService ceremonies) {
        this.composer = composer;
        this.outbox = outbox;
        this.people = people;
        this.icsWriter = icsWriter;
        this.links = links;
        this.invitations = invitations;
        this.events = events;
        this.eventPages = eventPages;
        this.ceremonies = ceremonies;
    }

    /** What every ceremony mail tells about the ceremony. */
    record Occasion(EventDetails event, CeremonyContent ceremony) {
    }

    /**
     * Queues the invitations to {@code guests} of the ceremony titled {@code title}, in one batch, and returns the
     * outbox ids of their mails in the guests' order.
     */
    List<Long> invitations(List<Invitation> guests, String title) {
        return outbox.enqueueAllForIds(intents(INVITATION, guests, title));
    }

    /** Queues the confirmation of a "yes", with the ceremony for the guest's calendar. */
    void accepted(Invitation guest, String title) {
        queue(ACCEPTED, List.of(guest), title);
    }

    /** Queues the reminder to a guest who has not answered yet. */
    void reminder(Invitation guest, String title) {
        queue(REMINDER, List.of(guest), title);
    }

    private void queue(String kind, Collection<Invitation> guests, String title) {
        outbox.enqueueAll(intents(kind, guests, title));
    }

    /** The mails of {@code kind} to {@code guests}, each in the language of the account with the guest's address. */
    private List<MailIntent> intents(String kind, Collection<Invitation> guests, String title) {
        Map<String, Locale> languages = people.languagesByEmail(guests.stream().map(Invitation::getEmail).toList());
        return guests.stream().map(g -> intent(kind, g, title, languages.getOrDefault(g.getEmail(), Languages.DEFAULT)))
                .toList();
    }

    private MailIntent intent(String kind, Invitation guest, String title, Locale language) {
        return composer.intent(kind, new MailTo(null, guest.getEmail(), guest.getName(), language),
                GUEST + guest.getId(), subjectKey(kind), title);
    }

    @Override
    public boolean renders(String kind) {
        return INVITATION.equals(kind) || ACCEPTED.equals(kind) || REMINDER.equals(kind);
    }

    @Override
    public Optional<Mail> render(MailIntent intent) {
        Optional<Invitation> guest = invitations.findById(Long.parseLong(intent.values().substring(GUEST.length())))
                .filter(g -> !g.isRevoked() && stillMeant(intent.kind(), g.getRsvp()));
        Optional<Occasion> occasion = guest.flatMap(g -> memo.get(List.of("occasion", g.getEventId()),
                () -> publicOccasion(g.getEventId())));
        if (occasion.isEmpty()) {
            return Optional.empty();
        }
        Invitation g = guest.get();
        Occasion o = occasion.get();
        Locale language = intent.language();
        MailComposer.Draft draft = composer.to(intent, g.getName())
                .subject(subjectKey(intent.kind()), o.ceremony().title())
                .paragraph(bodyKey(intent.kind()), o.ceremony().title());
        facts(draft, o, language);
        if (ACCEPTED.equals(intent.kind())) {
            CalendarDocument calendar = CeremonyCalendar.document(new CeremonyCalendar.Input(o.event(), o.ceremony(),
                    language, (key, args) -> composer.text(language, key, args)), links);
            draft.paragraph("ceremony.mail.accepted.calendar")
                    .link("ceremony.mail.accepted.link", rsvpPath(g))
                    .attach(MailAttachment.calendar(calendar.fileName(), icsWriter.write(calendar)));
        } else {
            draft.link("ceremony.mail.invitation.link", rsvpPath(g));
        }
        return Optional.of(draft.build());
    }

    /**
     * Whether the guest's answer, as it is now, still calls for the mail: the confirmation only while they still say
     * yes, the reminder only while they have not answered (a guest who said yes and then no before the sender came
     * gets neither the confirmation nor its calendar entry); the invitation always.
     */
    private static boolean stillMeant(String kind, RsvpStatus answer) {
        return switch (kind) {
            case ACCEPTED -> answer == RsvpStatus.ACCEPTED;
            case REMINDER -> answer == RsvpStatus.PENDING;
            default -> true;
        };
    }

    private static String subjectKey(String kind) {
        return switch (kind) {
            case INVITATION -> "ceremony.mail.invitation.subject";
            case ACCEPTED -> "ceremony.mail.accepted.subject";
            default -> "ceremony.mail.reminder.subject";
        };
    }

    private static String bodyKey(String kind) {
        return switch (kind) {
            case INVITATION -> "ceremony.mail.invitation.body";
            case ACCEPTED -> "ceremony.mail.accepted.body";
            default -> "ceremony.mail.reminder.body";
        };
    }

    /** What the mails tell of a public ceremony; empty for a ceremony in any other state (no mail). */
    private Optional<Occasion> publicOccasion(long eventId) {
        Optional<EventSummary> summary = events.summary(eventId)
                .filter(s -> s.state().isPublic());
        return summary.map(s -> new Occasion(eventPages.details(s.slug()), ceremonies.contentOf(eventId, s.slug())));
    }

    /** When and where, and by when to answer (if a deadline is set), in the ceremony's zone. */
    private static void facts(MailComposer.Draft draft, Occasion o, Locale language) {
        CeremonyContent c = o.ceremony();
        draft.paragraph("ceremony.mail.when", Formats.range(c.startsAt(), c.endsAt(), c.zone(), language));
        String place = Texts.joinPresent(", ", o.event().venueName(), o.event().venueAddress());
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
