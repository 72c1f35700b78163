package org.kogge.proposal;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.account.CurrentUser;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.registration.RegistrationService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session proposals by the participants of a barcamp: proposing (naming co-hosts asks them: {@link CohostService}),
 * editing (the host while proposals are open, or the organizers) and withdrawing. Moderation is {@link ModerationService}'s, the board
 * {@link BoardService}'s, phases and topics {@link BarcampSettingsService}'s.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

    private final ProposalRepository proposals;
    private final VoteRepository votes;
    private final BarcampSettingsService settings;
    private final ProposalCards cards;
    private final EventGate events;
    private final RegistrationService registrations;
    private final CohostRequests cohosts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final LiveBroadcaster broadcaster;
    private final ProposalMails mails;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, VoteRepository votes, BarcampSettingsService settings,
                    ProposalCards cards, EventGate events, RegistrationService registrations, CohostRequests cohosts,
                    CurrentUser currentUser, InputValidator validator, LiveBroadcaster broadcaster,
                    ProposalMails mails, Clock clock) {
        this.mails = mails;
        this.proposals = proposals;
        this.votes = votes;
        this.settings = settings;
        this.cards = cards;
        this.events = events;
        this.registrations = registrations;
        this.cohosts = cohosts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /**
     * Proposes a session. Only participants with a seat, while proposals are open. If the organizers asked for it,
     * each of them gets a mail about it, queued with the proposal.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ProposalCard propose(String slug, ProposalForm form) {
        long me = currentUser.requireConfirmedId();
        EventRef t = events.visible(slug).ofKind(EventKind.BARCAMP);
        if (!settings.inForce(t).proposalsOpen()) {
            throw new InvalidInputException(null, "proposal.phase.proposals-closed");
        }
        registrations.lockSeatOf(t.eventId(), me);
        Set<String> named = validate(t, form);
        Proposal p = new Proposal(t.eventId(), me, clock.instant());
        p.apply(form, clock.instant());
        proposals.saveAndFlush(p);
        return saved(t, p, named);
    }

    /** The form for editing a proposal: its host while proposals are open, or the event's organizers. */
    public ProposalForm formFor(String slug, long proposalId) {
        EventRef t = events.visible(slug);
        Proposal p = editable(t, proposalId);
        ProposalForm f = new ProposalForm();
        f.setTitle(p.getTitle());
        f.setAbstractText(p.getAbstractText());
        f.setFormat(p.getFormat());
        f.setLanguage(p.getLanguage());
        f.setSlots(p.getSlots());
        f.setNeedsStepFree(p.needsStepFree());
        f.setTopicIds(new HashSet<>(p.getTopicIds()));
        f.setCohostEmails(cohosts.namedBy(p));
        return f;
    }

    @Transactional
    public ProposalCard update(String slug, long proposalId, ProposalForm form) {
        EventRef t = events.visible(slug);
        Proposal p = editable(t, proposalId);
        Set<String> named = validate(t, form);
        p.apply(form, clock.instant());
        proposals.flush();
        return saved(t, p, named);
    }

    /**
     * What follows a proposal's saved form, new or edited: the co-hosts it names are asked, the organizers get the
     * mail if they want it, and the boards show it.
     */
    private ProposalCard saved(EventRef t, Proposal p, Set<String> named) {
        cohosts.follow(p, named);
        if (settings.mailsNewProposals(t)) {
            mails.newProposal(t, p);
        }
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
        return cards.card(t, p);
    }

    /** The host withdraws their proposal while proposals are open; its votes go with it. */
    @Transactional
    public void withdraw(String slug, long proposalId) {
        EventRef t = events.visible(slug);
        Proposal p = ownWhileOpen(t, proposals.ofEvent(t, proposalId));
        p.changeStatus(ProposalStatus.WITHDRAWN, null, clock.instant());
        votes.deleteByProposal(p.getId());
        broadcaster.publish(BoardUpdates.TOPIC, t.eventId());
    }

    // ---- internals ------------------------------------------------------------------------------------------

    /**
     * Checks the form and returns the co-hosts' emails, normalized. Whom an email belongs to is never looked up
     * here: the answer is the same for a participant, a stranger and an address without an account.
     */
    private Set<String> validate(EventRef t, ProposalForm form) {
        form.setTitle(Texts.oneLine(form.getTitle()));
        form.setAbstractText(Texts.clean(form.getAbstractText()));
        InputValidator.Problems problems = validator.check(form);
        Set<Long> known = settings.topicsOf(t.eventId()).stream().map(TopicDto::id).collect(Collectors.toSet());
        problems.addIf(!known.containsAll(form.getTopicIds()), "topicIds", "proposal.topic.unknown");
        Set<String> emails = form.getCohostEmails().stream().map(Texts::normalizeEmail).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        problems.addIf(!emails.stream().allMatch(ProposalForm::isEmail), "cohostEmails",
                "proposal.form.cohosts.invalid");
        problems.throwIfAny();
        return emails;
    }

    private Proposal editable(EventRef t, long proposalId) {
        Proposal p = proposals.ofEvent(t, proposalId);
        return events.isOrganizer(t) ? p : ownWhileOpen(t, p);
    }

    /** The caller's own proposal while it and the proposal phase are open: what its host may change or withdraw. */
    private Proposal ownWhileOpen(EventRef t, Proposal p) {
        if (p.getHostId() != currentUser.requireId()) {
            throw new AccessDeniedException("not the host");
        }
        if (!settings.inForce(t).proposalsOpen() || p.getStatus() != ProposalStatus.OPEN) {
            throw new InvalidInputException(null, "proposal.phase.proposals-closed");
        }
        return p;
    }
}
