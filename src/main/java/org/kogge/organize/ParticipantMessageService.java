package org.kogge.organize;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kogge.account.CurrentUser;
import org.kogge.account.MailContact;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.OptionalMail;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonName;
import org.kogge.common.InputValidator;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.event.EventSummary;
import org.kogge.mail.Mail;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailIntent;
import org.kogge.mail.MailOutbox;
import org.kogge.mail.MailRenderer;
import org.kogge.registration.RegistrationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages from an event's organizers (and admins) to its seat holders, its waitlist or both. A message is one
 * mail per recipient, queued in the outbox in the same transaction as its record, so a failure sends nothing and
 * records nothing. The transaction writes only each mail's intent (recipient, language, subject, the record's id),
 * in one batch; this service writes each mail from the record ({@link #render}) when the sender delivers it, so a
 * message to 500 people is sent as fast as it is recorded. These are optional mails: people who switched "messages from organizers" off get none (and are
 * not counted), everybody else gets a one-click unsubscribe. The organizer's Markdown goes into the mail's text part as
 * plain text and into its HTML part rendered and cleaned with jsoup's {@code Safelist.basic()} (see
 * {@link MailComposer.Draft#markdown}).
 */
@Service
@Transactional(readOnly = true)
public class ParticipantMessageService implements MailRenderer {

    /** The outbox's kind of these mails. */
    static final String KIND = "message";
    private static final String MESSAGE = "message=";

    private final EventGate events;
    private final RegistrationService registrations;
    private final PeopleDirectory people;
    private final MailPreferenceService preferences;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final ParticipantMessageRepository messages;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;

    ParticipantMessageService(EventGate events, RegistrationService registrations, PeopleDirectory people,
                              MailPreferenceService preferences, MailComposer composer, MailOutbox outbox,
                              ParticipantMessageRepository messages, InputValidator validator,
                              CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.people = people;
        this.preferences = preferences;
        this.composer = composer;
        this.outbox = outbox;
        this.messages = messages;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many people a message to {@code audience} would reach now (those who want such messages). */
    public int recipientCount(String slug, Audience audience) {
        EventRef event = events.organized(slug);
        return recipients(event, audience).size();
    }

    /** Sends the message and records it; returns how many mails were queued. */
    @Transactional
    public int send(String slug, MessageForm form) {
        EventRef event = events.organized(slug);
        form.setSubject(form.getSubject() == null ? null : form.getSubject().strip());
        validator.check(form).throwIfAny();
        List<MailContact> to = recipients(event, form.getAudience());
        ParticipantMessage message = messages.save(
                new ParticipantMessage(event.eventId(), currentUser.requireId(), clock.instant(), form, to.size()));
        outbox.enqueueAll(to.stream().map(contact -> composer.intent(KIND, contact.mailTo(), MESSAGE + message.getId(),
                "organize.message.mail.subject", event.title(), form.getSubject())).toList());
        return to.size();
    }

    /** The messages sent for an event, newest first. */
    public List<SentMessage> sent(String slug) {
        EventRef event = events.organized(slug);
        List<ParticipantMessage> rows = messages.findByEventIdOrderBySentAtDescIdDesc(event.eventId());
        Map<Long, PersonName> senders = people.names(rows.stream().map(ParticipantMessage::getSenderId)
                .filter(java.util.Objects::nonNull).toList());
        return rows.stream().map(m -> new SentMessage(m.getSentAt(), event.zone(),
                m.getSenderId() == null || !senders.containsKey(m.getSenderId()) ? null
                        : senders.get(m.getSenderId()).displayName(),
                m.getAudience(), m.getSubject(), m.getBody(), m.getRecipients())).toList();
    }

    private List<MailContact> recipients(EventRef event, Audience audience) {
        Set<Long> ids = new LinkedHashSet<>();
        if (audience.includesSeats()) {
            ids.addAll(registrations.seatHolders(event.eventId()));
        }
        if (audience.includesWaitlist()) {
            ids.addAll(registrations.waitlisted(event.eventId()));
        }
        Map<Long, MailContact> wanting = people.mailContactsWanting(ids, OptionalMail.MESSAGES);
        return ids.stream().map(wanting::get).filter(Objects::nonNull).toList();
    }

    @Override
    public boolean renders(String kind) {
        return KIND.equals(kind);
    }

    /**
     * One recipient's mail of a message, from its record (which never changes once sent), for the sender. A message
     * already sent is delivered whatever became of its event since.
     */
    @Override
    public Optional<Mail> render(MailIntent intent) {
        Optional<ParticipantMessage> message = messages.findById(
                Long.parseLong(intent.values().substring(MESSAGE.length())));
        Optional<EventSummary> event = message.flatMap(m -> events.summary(m.getEventId()));
        if (message.isEmpty() || event.isEmpty()) {
            return Optional.empty();
        }
        EventSummary e = event.get();
        MailComposer.Draft draft = composer.to(intent, people.displayName(intent.personId()))
                .subject("organize.message.mail.subject", e.title(), message.get().getSubject())
                .paragraph("organize.message.mail.intro", e.title())
                .markdown(message.get().getBody());
        return Optional.of(draft.link("organize.message.mail.event", "/events/" + e.slug())
                .unsubscribe("organize.message.mail.unsubscribe",
                        preferences.unsubscribePath(intent.personId(), OptionalMail.MESSAGES))
                .build());
    }
}
