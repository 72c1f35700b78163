package org.kogge.ceremony;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kogge.common.Constraints;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.SecretTokens;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations to a ceremony, for its organizers: they paste or enter guests (checked line by line before
 * anything is saved, then saved all or nothing), and renew or revoke each guest's link. Each link carries a random
 * 256-bit token that belongs to one invitation of one event. The list of guests is {@link GuestListService}'s,
 * the guest's answer {@link RsvpService}'s.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    /** More than this many lines in one paste are refused as a whole. */
    static final int MAX_LINES = 500;

    private final InvitationRepository invitations;
    private final GuestRows rows;
    private final EventGate events;
    private final InputValidator validator;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, GuestRows rows, EventGate events, InputValidator validator,
                      ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.invitations = invitations;
        this.rows = rows;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Checks a pasted list without saving anything: each line with what was read and, if it cannot be invited,
     * why (missing name, bad email, unknown role, a duplicate of an earlier line, or already invited).
     */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<PreviewLine> preview(String slug, String pasted) {
        EventRef t = organizedCeremony(slug);
        List<InvitationParser.Line> lines = InvitationParser.parse(pasted);
        if (lines.size() > MAX_LINES) {
            throw new InvalidInputException("paste", "ceremony.invite.too-many", MAX_LINES);
        }
        Set<String> invited = alreadyInvited(t, lines.stream().map(l -> Texts.normalizeEmail(l.email())).toList());
        Map<String, Integer> seen = new HashMap<>();
        List<PreviewLine> result = new ArrayList<>(lines.size());
        for (InvitationParser.Line l : lines) {
            Optional<GuestRole> role = GuestRole.parse(l.role());
            GuestForm form = new GuestForm(l.name(), l.email(), l.organisation(), role.orElse(GuestRole.GUEST));
            normalize(form);
            InvalidInputException.Problem problem = firstProblem(form);
            if (problem == null && role.isEmpty()) {
                problem = new InvalidInputException.Problem("role", "ceremony.invite.role-unknown", List.of(l.role()));
            }
            if (problem == null && seen.containsKey(form.getEmail())) {
                problem = new InvalidInputException.Problem("email", "ceremony.invite.duplicate",
                        List.of(seen.get(form.getEmail())));
            }
            if (problem == null && invited.contains(form.getEmail())) {
                problem = new InvalidInputException.Problem("email", "ceremony.invite.already-invited");
            }
            if (form.getEmail() != null) {
                seen.putIfAbsent(form.getEmail(), l.number());
            }
            result.add(new PreviewLine(l.number(), l.raw(), form.getName(), form.getEmail(), form.getOrganisation(),
                    role.orElse(null), problem == null ? null : problem.messageKey(),
                    problem == null ? List.of() : problem.args()));
        }
        return result;
    }

    /**
     * Invites the guests, all or none: if any of them cannot be invited (checked again here, including guests
     * invited meanwhile by someone else), nothing is saved. One guest's problems are reported per field.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<GuestRow> invite(String slug, List<GuestForm> guests) {
        EventRef t = events.lock(organizedCeremony(slug).eventId());
        if (guests.isEmpty()) {
            throw new InvalidInputException(null, "ceremony.invite.none");
        }
        if (guests.size() > MAX_LINES) {
            throw new InvalidInputException(null, "ceremony.invite.too-many", MAX_LINES);
        }
        guests.forEach(InvitationService::normalize);
        Set<String> invited = alreadyInvited(t, guests.stream().map(GuestForm::getEmail).toList());
        Set<String> seen = new HashSet<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        int bad = 0;
        for (GuestForm g : guests) {
            List<InvalidInputException.Problem> own = new ArrayList<>(problemsOf(g));
            if (own.isEmpty() && !plausibleEmail(g.getEmail())) {
                own.add(new InvalidInputException.Problem("email", "ceremony.invite.email-invalid"));
            }
            if (own.isEmpty() && invited.contains(g.getEmail())) {
                own.add(new InvalidInputException.Problem("email", "ceremony.invite.already-invited"));
            }
            if (own.isEmpty() && !seen.add(g.getEmail())) {
                own.add(new InvalidInputException.Problem("email", "ceremony.invite.duplicate-email", List.of(g.getEmail())));
            }
            if (!own.isEmpty()) {
                bad++;
                problems.addAll(own);
            }
        }
        if (bad > 0) {
            throw guests.size() == 1 ? new InvalidInputException(problems)
                    : new InvalidInputException(null, "ceremony.invite.some-invalid", bad);
        }
        Instant now = clock.instant();
        List<Invitation> created = guests.stream().map(g -> new Invitation(t.eventId(), SecretTokens.next(),
                g.getName(), g.getEmail(), g.getOrganisation(), g.getRole(), now)).toList();
        try {
            List<Invitation> saved = invitations.saveAllAndFlush(created);
            saved.forEach(i -> publisher.publishEvent(new InvitationCreated(i.getEventId(), i.getId())));
            return rows.rows(saved);
        } catch (DataIntegrityViolationException race) {
            if (!Constraints.violates(race, "uk_invitation_event_email")) {
                throw race;
            }
            throw new InvalidInputException("email", "ceremony.invite.already-invited");
        }
    }

    /** Revokes a guest's link: it shows "no longer valid" from now on, and the guest leaves the lists. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public GuestRow revoke(String slug, long invitationId) {
        Invitation i = ownInvitation(slug, invitationId);
        if (!i.isRevoked()) {
            i.revoke(clock.instant());
            publisher.publishEvent(new InvitationRevoked(i.getEventId(), i.getId()));
        }
        return rows.row(i);
    }

    /** A new link for a guest (e.g. the old one was forwarded): the old link stops working; revoked ones return. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public GuestRow renewLink(String slug, long invitationId) {
        Invitation i = ownInvitation(slug, invitationId);
        i.renew(SecretTokens.next());
        invitations.flush();
        return rows.row(i);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private Invitation ownInvitation(String slug, long id) {
        EventRef t = organizedCeremony(slug);
        return invitations.findByIdAndEventId(id, t.eventId()).orElseThrow(() -> new NotFoundException("invitation " + id));
    }

    private EventRef organizedCeremony(String slug) {
        return events.organized(slug).ofKind(EventKind.CEREMONY);
    }

    private Set<String> alreadyInvited(EventRef t, List<String> emails) {
        List<String> given = emails.stream().filter(e -> e != null).distinct().toList();
        return given.isEmpty() ? Set.of() : new HashSet<>(invitations.invitedAmong(t.eventId(), given));
    }

    private InvalidInputException.Problem firstProblem(GuestForm form) {
        if (form.getName() == null) {
            return new InvalidInputException.Problem("name", "ceremony.invite.name-missing");
        }
        if (form.getEmail() == null) {
            return new InvalidInputException.Problem("email", "ceremony.invite.email-missing");
        }
        List<InvalidInputException.Problem> problems = problemsOf(form);
        if (!problems.isEmpty()) {
            InvalidInputException.Problem p = problems.get(0);
            return "email".equals(p.field()) ? new InvalidInputException.Problem("email", "ceremony.invite.email-invalid")
                    : new InvalidInputException.Problem(p.field(), "ceremony.invite.too-long");
        }
        return plausibleEmail(form.getEmail()) ? null
                : new InvalidInputException.Problem("email", "ceremony.invite.email-invalid");
    }

    private List<InvalidInputException.Problem> problemsOf(Object form) {
        try {
            validator.check(form).throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** Bean Validation's @Email allows "anna@localhost"; invitations go out by hand, so a domain needs a dot. */
    static boolean plausibleEmail(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at > 0 && email.indexOf('.', at) > at + 1 && !email.endsWith(".");
    }

    private static void normalize(GuestForm g) {
        g.setName(Texts.oneLine(g.getName()));
        g.setEmail(Texts.normalizeEmail(g.getEmail()));
        g.setOrganisation(Texts.oneLine(g.getOrganisation()));
        if (g.getRole() == null) {
            g.setRole(GuestRole.GUEST);
        }
    }
}
