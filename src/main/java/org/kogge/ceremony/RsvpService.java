package org.kogge.ceremony;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kogge.common.PublicAccess;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.SecretTokens;
import org.kogge.common.Texts;
import org.kogge.event.EventDetails;
import org.kogge.event.EventGate;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guest's side of an invitation, by the token in the link and without an account: what the link shows, and
 * the answer (yes with companions, or no), which the guest may change until the RSVP deadline.
 */
@Service
@Transactional(readOnly = true)
public class RsvpService {

    private final InvitationRepository invitations;
    private final CeremonyService ceremonies;
    private final EventGate events;
    private final EventService eventPages;
    private final InputValidator validator;
    private final ApplicationEventPublisher publisher;
    private final CeremonyMails mails;
    private final Clock clock;

    RsvpService(InvitationRepository invitations, CeremonyService ceremonies, EventGate events, EventService eventPages,
                InputValidator validator, ApplicationEventPublisher publisher, CeremonyMails mails, Clock clock) {
        this.mails = mails;
        this.publisher = publisher;
        this.invitations = invitations;
        this.ceremonies = ceremonies;
        this.events = events;
        this.eventPages = eventPages;
        this.validator = validator;
        this.clock = clock;
    }

    /** What the link shows; unknown, revoked and draft-stage links get their own phase, never an error. */
    public InvitationPage open(String token) {
        Invitation i = byToken(token).orElse(null);
        if (i == null) {
            return InvitationPage.of(InvitationPage.Phase.UNKNOWN);
        }
        return page(i);
    }

    /**
     * The guest answers, or changes the answer, until the deadline; companions only with yes, up to the limit. A
     * new "yes" queues the ceremony's {@code .ics} for the guest by mail, with the answer (a changed number of
     * companions sends nothing again).
     */
    @Transactional
    @PublicAccess("the guest has no account: the invitation token is their secret, and a revoked one answers nothing")
    public InvitationPage answer(String token, RsvpForm form) {
        Invitation i = byToken(token).orElseThrow(() -> new NotFoundException("invitation"));
        InvitationPage now = page(i);
        if (!now.canAnswer()) {
            throw new InvalidInputException(null, "ceremony.rsvp.closed");
        }
        form.setNote(Texts.clean(form.getNote()));
        InputValidator.Problems problems = validator.check(form);
        boolean yes = Boolean.TRUE.equals(form.getAttending());
        int companions = form.getCompanions() == null || !yes ? 0 : form.getCompanions();
        int max = now.ceremony().maxCompanions();
        if (companions < 0) {
            problems.add("companions", "ceremony.rsvp.companions.negative");
        } else if (companions > max) {
            problems.add("companions", "ceremony.rsvp.companions.too-many", max);
        }
        problems.throwIfAny();
        boolean newlyAccepted = yes && i.getRsvp() != RsvpStatus.ACCEPTED;
        i.answer(yes ? RsvpStatus.ACCEPTED : RsvpStatus.DECLINED, companions, form.getNote(), clock.instant());
        invitations.flush();
        publisher.publishEvent(new InvitationAnswered(i.getEventId(), i.getId(), i.getRsvp(), i.getCompanions()));
        InvitationPage answered = page(i);
        if (newlyAccepted) {
            mails.accepted(i, answered.ceremony().title());
        }
        return answered;
    }

    /** For the ceremony's .ics: only for a guest who accepted, with a valid link, of a ceremony not in draft. */
    public Optional<InvitationPage> acceptedGuest(String token) {
        return byToken(token).map(this::page)
                .filter(p -> p.phase() == InvitationPage.Phase.OPEN || p.phase() == InvitationPage.Phase.READ_ONLY)
                .filter(p -> p.rsvp() == RsvpStatus.ACCEPTED);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private InvitationPage page(Invitation i) {
        if (i.isRevoked()) {
            return InvitationPage.of(InvitationPage.Phase.REVOKED);
        }
        EventSummary summary = events.summary(i.getEventId())
                .orElseThrow(() -> new NotFoundException("event " + i.getEventId()));
        if (!summary.state().isPublic()) {
            return InvitationPage.of(InvitationPage.Phase.NOT_ACTIVE);
        }
        EventDetails event = eventPages.details(summary.slug());
        CeremonyContent ceremony = ceremonies.contentOf(i.getEventId(), summary.slug());
        Instant now = clock.instant();
        boolean open = summary.state() == EventState.PUBLISHED && now.isBefore(ceremony.answersCloseAt())
                && now.isBefore(ceremony.endsAt());
        return new InvitationPage(open ? InvitationPage.Phase.OPEN : InvitationPage.Phase.READ_ONLY, event, ceremony,
                i.getName(), i.getRsvp(), i.getCompanions(), i.getNote(), i.getRespondedAt());
    }

    private Optional<Invitation> byToken(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByToken(token).filter(i -> SecretTokens.same(i.getToken(), token));
    }
}
