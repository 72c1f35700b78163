package org.kogge.ceremony;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kogge.common.BaseUrl;
import org.kogge.common.Constraints;
import org.kogge.common.CsvCells;
import org.kogge.common.Formats;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.PublicAccess;
import org.kogge.common.Texts;
import org.kogge.event.EventDetails;
import org.kogge.event.EventGate;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;
import org.kogge.event.EventRef;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations to a ceremony: organizers paste or enter guests (checked line by line before anything is
 * saved, then saved all or nothing), copy or revoke each guest's link, and keep the guest list; guests answer
 * through their link without an account, until the RSVP deadline. Each link carries a random 256-bit token that
 * belongs to one invitation of one event.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    /** More than this many lines in one paste are refused as a whole. */
    static final int MAX_LINES = 500;

    private final InvitationRepository invitations;
    private final CeremonyService ceremonies;
    private final EventGate events;
    private final EventService eventPages;
    private final InputValidator validator;
    private final BaseUrl baseUrl;
    private final Clock clock;

    public InvitationService(InvitationRepository invitations, CeremonyService ceremonies, EventGate events,
                             EventService eventPages, InputValidator validator, BaseUrl baseUrl,
                             Clock clock) {
        this.invitations = invitations;
        this.ceremonies = ceremonies;
        this.events = events;
        this.eventPages = eventPages;
        this.validator = validator;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    // ---- inviting -------------------------------------------------------------------------------------------

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
        List<Invitation> created = guests.stream().map(g -> new Invitation(t.eventId(), InvitationTokens.next(),
                g.getName(), g.getEmail(), g.getOrganisation(), g.getRole(), now)).toList();
        try {
            return invitations.saveAllAndFlush(created).stream().map(this::row).toList();
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
        }
        return row(i);
    }

    /** A new link for a guest (e.g. the old one was forwarded): the old link stops working; revoked ones return. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public GuestRow renewLink(String slug, long invitationId) {
        Invitation i = ownInvitation(slug, invitationId);
        i.renew(InvitationTokens.next());
        invitations.flush();
        return row(i);
    }

    // ---- the guest list -------------------------------------------------------------------------------------

    /** Guests (not revoked) by name, filtered; one query per page. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<GuestRow> guests(String slug, GuestFilter filter, Pageable page) {
        EventRef t = organizedCeremony(slug);
        return invitations.guests(t.eventId(), filter.status(), filter.pressOnly(), like(filter.text()), page)
                .stream().map(this::row).toList();
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public long countGuests(String slug, GuestFilter filter) {
        EventRef t = organizedCeremony(slug);
        return invitations.countGuests(t.eventId(), filter.status(), filter.pressOnly(), like(filter.text()));
    }

    /** Revoked invitations, by name. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<GuestRow> revoked(String slug) {
        EventRef t = organizedCeremony(slug);
        return invitations.findByEventIdAndRevokedAtIsNotNullOrderByNameAsc(t.eventId()).stream().map(this::row).toList();
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public GuestCounts counts(String slug) {
        return counts(organizedCeremony(slug).eventId());
    }

    GuestCounts counts(long eventId) {
        Map<RsvpStatus, Long> byStatus = new EnumMap<>(RsvpStatus.class);
        long companions = 0;
        long press = 0;
        long arrived = 0;
        long arrivedCompanions = 0;
        for (Object[] r : invitations.counts(eventId)) {
            RsvpStatus status = (RsvpStatus) r[0];
            long n = ((Number) r[3]).longValue();
            long c = ((Number) r[4]).longValue();
            byStatus.merge(status, n, Long::sum);
            if (status == RsvpStatus.ACCEPTED) {
                companions += c;
            }
            if (r[1] == GuestRole.PRESS) {
                press += n;
            }
            if (Boolean.TRUE.equals(r[2])) {
                arrived += n;
                arrivedCompanions += c;
            }
        }
        long accepted = byStatus.getOrDefault(RsvpStatus.ACCEPTED, 0L);
        long declined = byStatus.getOrDefault(RsvpStatus.DECLINED, 0L);
        long pending = byStatus.getOrDefault(RsvpStatus.PENDING, 0L);
        return new GuestCounts(accepted + declined + pending, accepted, declined, pending, companions, press, arrived,
                arrivedCompanions);
    }

    /** The list for the door, printed: everyone not revoked and not declined, by name. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<GuestRow> printList(String slug) {
        EventRef t = organizedCeremony(slug);
        return invitations.findByEventIdAndRevokedAtIsNullOrderByNameAscIdAsc(t.eventId()).stream()
                .filter(i -> i.getRsvp() != RsvpStatus.DECLINED).map(this::row).toList();
    }

    /**
     * The guest list as CSV for Excel: UTF-8 with BOM, semicolon-separated, formula-like cells neutralized. Links
     * are not exported (they are secrets).
     */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public byte[] exportCsv(String slug, Locale locale, Function<String, String> translate) {
        EventRef t = organizedCeremony(slug);
        List<Invitation> rows = invitations.findByEventIdAndRevokedAtIsNullOrderByNameAscIdAsc(t.eventId());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            csv.printRecord(translate.apply("ceremony.csv.name"), translate.apply("ceremony.csv.email"),
                    translate.apply("ceremony.csv.organisation"), translate.apply("ceremony.csv.role"),
                    translate.apply("ceremony.csv.answer"), translate.apply("ceremony.csv.companions"),
                    translate.apply("ceremony.csv.note"), translate.apply("ceremony.csv.answered"),
                    translate.apply("ceremony.csv.arrived"));
            for (Invitation i : rows) {
                csv.printRecord(CsvCells.safe(i.getName()), CsvCells.safe(i.getEmail()),
                        CsvCells.safe(i.getOrganisation()), translate.apply(i.getGuestRole().messageKey()),
                        translate.apply(i.getRsvp().messageKey()), String.valueOf(i.getCompanions()),
                        CsvCells.safe(i.getNote()), Formats.dateTime(i.getRespondedAt(), t.zone(), locale),
                        Formats.dateTime(i.getCheckedInAt(), t.zone(), locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- the guest's side -----------------------------------------------------------------------------------

    /** What the link shows; unknown, revoked and draft-stage links get their own phase, never an error. */
    public InvitationPage open(String token) {
        Invitation i = byToken(token).orElse(null);
        if (i == null) {
            return InvitationPage.of(InvitationPage.Phase.UNKNOWN);
        }
        return page(i);
    }

    /** The guest answers, or changes the answer, until the deadline; companions only with yes, up to the limit. */
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
        i.answer(yes ? RsvpStatus.ACCEPTED : RsvpStatus.DECLINED, companions, form.getNote(), clock.instant());
        invitations.flush();
        return page(i);
    }

    /** For the ceremony's .ics: only for a guest who accepted, with a valid link, of a ceremony not in draft. */
    public Optional<InvitationPage> acceptedGuest(String token) {
        return byToken(token).map(this::page)
                .filter(p -> p.phase() == InvitationPage.Phase.OPEN || p.phase() == InvitationPage.Phase.READ_ONLY)
                .filter(p -> p.rsvp() == RsvpStatus.ACCEPTED);
    }

    /** The address a guest opens; a secret, for the organizer to copy and send (shown in the organizer's browser). */
    public String link(String token) {
        return baseUrl.shown() + "/invitation/" + token;
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private InvitationPage page(Invitation i) {
        if (i.isRevoked()) {
            return InvitationPage.of(InvitationPage.Phase.REVOKED);
        }
        EventSummary summary = events.summaries(List.of(i.getEventId())).stream().findFirst()
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
        if (!InvitationTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByToken(token).filter(i -> InvitationTokens.same(i.getToken(), token));
    }

    private Invitation ownInvitation(String slug, long id) {
        EventRef t = organizedCeremony(slug);
        return invitations.findByIdAndEventId(id, t.eventId()).orElseThrow(() -> new NotFoundException("invitation " + id));
    }

    private EventRef organizedCeremony(String slug) {
        return CeremonyService.ceremonyTerms(events.organized(slug));
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

    private static String like(String text) {
        String t = Texts.oneLine(text);
        if (t == null) {
            return "";
        }
        return "%" + t.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    private GuestRow row(Invitation i) {
        return new GuestRow(i.getId(), i.getName(), i.getEmail(), i.getOrganisation(), i.getGuestRole(), i.getRsvp(),
                i.getCompanions(), i.getNote(), i.getRespondedAt(), i.getCheckedInAt(), i.getRevokedAt(),
                link(i.getToken()));
    }
}
