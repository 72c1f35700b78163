package org.kogge.ceremony;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.kogge.common.EventPart;
import org.kogge.common.VersionedEventPart;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.StaleEditException;
import org.kogge.common.Texts;
import org.kogge.common.Versioned;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ceremony's programme: the agreement, the agenda (inside the event's time, without overlaps) and the signatories
 * in signing order, and the invitation settings. Everyone may read the programme of a public ceremony; only its
 * organizers and admins change it, which is checked here. Changes lock the event's row first, so that two editors
 * cannot slip overlapping agenda points past each other's check.
 */
@Service
@Transactional(readOnly = true)
public class CeremonyService {

    static final int MAX_COMPANIONS = 10;
    static final int MAX_MINUTES = 600;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String AGENDA_ITEM = "agenda item";
    private static final String SIGNATORY = "signatory";
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

    private final CeremonyRepository ceremonies;
    private final AgendaItemRepository agenda;
    private final SignatoryRepository signatories;
    private final EventGate events;
    private final InputValidator validator;
    private final Clock clock;

    public CeremonyService(CeremonyRepository ceremonies, AgendaItemRepository agenda, SignatoryRepository signatories,
                           EventGate events, InputValidator validator, Clock clock) {
        this.ceremonies = ceremonies;
        this.agenda = agenda;
        this.signatories = signatories;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** The programme of a visible ceremony (public, or a draft for its organizers); other kinds are "not found". */
    public CeremonyContent content(String slug) {
        return contentOf(events.visible(slug).ofKind(EventKind.CEREMONY));
    }

    /** The programme and settings for the ceremony's organizers (and admins); everybody else is refused. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent forOrganizer(String slug) {
        return contentOf(organizedCeremony(slug));
    }

    CeremonyContent contentOf(EventRef t) {
        Ceremony c = ceremonies.findById(t.eventId()).orElse(null);
        List<AgendaEntry> items = agenda.findByEventIdOrderByStartsAtAscIdAsc(t.eventId()).stream()
                .map(AgendaEntry::of).toList();
        List<Signatory> signing = signatories.findByEventIdOrderBySigningOrderAscIdAsc(t.eventId());
        List<SignatoryEntry> entries = new ArrayList<>(signing.size());
        for (int i = 0; i < signing.size(); i++) {
            entries.add(SignatoryEntry.of(signing.get(i), i + 1));
        }
        return new CeremonyContent(t.eventId(), t.slug(), t.title(), t.state(), t.zone(), t.startsAt(), t.endsAt(),
                c == null ? null : c.getAgreementTitle(), c == null ? null : c.getAgreementSummary(),
                c == null ? null : c.getAgreementUrl(), items, List.copyOf(entries),
                c == null ? null : c.getRsvpDeadline(), c == null ? 0 : c.getMaxCompanions(), t.openToPublic(),
                c == null ? null : c.getUpdatedAt(), c == null ? 0 : c.getIcalSequence(),
                c == null ? Ceremony.UNSAVED : c.getVersion());
    }

    // ---- agreement and settings -----------------------------------------------------------------------------

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent saveAgreement(String slug, AgreementForm form) {
        EventRef t = lockedCeremony(slug);
        checkVersion(t, form);
        form.setTitle(Texts.oneLine(form.getTitle()));
        form.setSummary(Texts.clean(form.getSummary()));
        form.setUrl(Texts.clean(form.getUrl()));
        InputValidator.Problems problems = validator.check(form);
        if (form.getUrl() != null && !problems.has("url") && !isWebLink(form.getUrl())) {
            problems.add("url", "ceremony.agreement.url.invalid");
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        Ceremony c = ceremonyOf(t.eventId(), now);
        c.agreement(form.getTitle(), form.getSummary(), form.getUrl(), now);
        c.agendaChanged(now);
        ceremonies.flush();
        return contentOf(t);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent saveSettings(String slug, CeremonySettingsForm form) {
        EventRef t = lockedCeremony(slug);
        checkVersion(t, form);
        InputValidator.Problems problems = validator.check(form);
        Integer companions = form.getMaxCompanions();
        if (companions != null && (companions < 0 || companions > MAX_COMPANIONS)) {
            problems.add("maxCompanions", "ceremony.settings.companions.range", MAX_COMPANIONS);
        }
        Instant deadline = form.getRsvpDeadline() == null ? null : form.getRsvpDeadline().atZone(t.zone()).toInstant();
        if (deadline != null && deadline.isAfter(t.startsAt())) {
            problems.add("rsvpDeadline", "ceremony.settings.deadline.after-start", format(t.startsAt(), t, true));
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        ceremonyOf(t.eventId(), now).settings(deadline, companions, now);
        EventRef changed = t.openToPublic() == form.isOpenToPublic() ? t
                : events.changeOpenToPublic(slug, form.isOpenToPublic());
        ceremonies.flush();
        return contentOf(changed);
    }

    /** Whether a link may go into a page: an absolute http or https address with a host. */
    static boolean isWebLink(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // ---- agenda ---------------------------------------------------------------------------------------------

    /**
     * Adds ({@code id} null) or changes an agenda point. It must lie inside the ceremony's time and must not
     * overlap another point; the problems say which point is in the way.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent saveAgendaItem(String slug, Long id, AgendaItemForm form) {
        EventRef t = lockedCeremony(slug);
        List<AgendaItem> all = agenda.findByEventIdOrderByStartsAtAscIdAsc(t.eventId());
        AgendaItem item = edited(all, id, form, () -> new AgendaItem(t.eventId()), AGENDA_ITEM);
        form.tidy();
        agendaProblems(t, form, all, item).throwIfAny();
        item.apply(form.getStart().atZone(t.zone()).toInstant(), form.getMinutes(), form.getTitle(),
                form.getSpeakerName(), form.getSpeakerOffice(), form.getSpeakerCity());
        agenda.save(item);
        return changed(t);
    }

    /** The form's own limits, then: a sensible length, inside the ceremony's time, overlapping no other point. */
    private InputValidator.Problems agendaProblems(EventRef t, AgendaItemForm form, List<AgendaItem> all,
                                                   AgendaItem item) {
        InputValidator.Problems problems = validator.check(form);
        if (form.getMinutes() != null && (form.getMinutes() < 1 || form.getMinutes() > MAX_MINUTES)) {
            problems.add("minutes", "ceremony.agenda.duration.range", MAX_MINUTES);
        }
        if (form.getStart() == null || form.getMinutes() == null || problems.has("minutes")) {
            return problems;
        }
        Instant start = form.getStart().atZone(t.zone()).toInstant();
        Instant end = start.plusSeconds(60L * form.getMinutes());
        if (start.isBefore(t.startsAt())) {
            problems.add("start", "ceremony.agenda.before-start", format(t.startsAt(), t, false));
        } else if (end.isAfter(t.endsAt())) {
            problems.add("minutes", "ceremony.agenda.after-end", format(t.endsAt(), t, false));
        }
        all.stream()
                .filter(other -> other != item && start.isBefore(other.getEndsAt())
                        && other.getStartsAt().isBefore(end))
                .findFirst()
                .ifPresent(other -> problems.add("start", "ceremony.agenda.overlap", other.getTitle(),
                        format(other.getStartsAt(), t, false), format(other.getEndsAt(), t, false)));
        return problems;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent deleteAgendaItem(String slug, long id) {
        EventRef t = lockedCeremony(slug);
        agenda.delete(partOf(t, agenda.findById(id), id, AGENDA_ITEM));
        return changed(t);
    }

    /** An agenda point's form, filled from what is stored (times in the event's zone), with its version. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public AgendaItemForm agendaForm(String slug, long id) {
        EventRef t = organizedCeremony(slug);
        AgendaItem i = partOf(t, agenda.findById(id), id, AGENDA_ITEM);
        AgendaItemForm form = new AgendaItemForm(i.getStartsAt().atZone(t.zone()).toLocalDateTime(),
                i.getDurationMinutes(), i.getTitle(), i.getSpeakerName(), i.getSpeakerOffice(), i.getSpeakerCity());
        form.setVersion(i.getVersion());
        return form;
    }

    // ---- signatories ----------------------------------------------------------------------------------------

    /** Adds ({@code id} null: at the end of the signing order) or changes a signatory. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent saveSignatory(String slug, Long id, SignatoryForm form) {
        EventRef t = lockedCeremony(slug);
        List<Signatory> all = signatories.findByEventIdOrderBySigningOrderAscIdAsc(t.eventId());
        Signatory s = edited(all, id, form, () -> new Signatory(t.eventId(), all.size() + 1), SIGNATORY);
        form.tidy();
        validator.check(form).throwIfAny();
        s.apply(form.getName(), form.getOffice(), form.getOrganisation(), form.getRepresentedBy());
        signatories.save(s);
        return changed(t);
    }

    /** A signatory's form, filled from what is stored, with its version. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public SignatoryForm signatoryForm(String slug, long id) {
        EventRef t = organizedCeremony(slug);
        Signatory s = partOf(t, signatories.findById(id), id, SIGNATORY);
        SignatoryForm form = new SignatoryForm(s.getName(), s.getOffice(), s.getOrganisation(), s.getRepresentedBy());
        form.setVersion(s.getVersion());
        return form;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent deleteSignatory(String slug, long id) {
        EventRef t = lockedCeremony(slug);
        List<Signatory> all = new ArrayList<>(signatories.findByEventIdOrderBySigningOrderAscIdAsc(t.eventId()));
        Signatory s = find(all, id, SIGNATORY);
        all.remove(s);
        signatories.delete(s);
        renumber(all);
        return changed(t);
    }

    /**
     * Puts the signatories in the given order (all of them, each once). If someone else added or removed one
     * meanwhile, nothing changes and the organizer is asked to look again.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent reorderSignatories(String slug, List<Long> orderedIds) {
        EventRef t = lockedCeremony(slug);
        List<Signatory> all = signatories.findByEventIdOrderBySigningOrderAscIdAsc(t.eventId());
        List<Long> current = all.stream().map(Signatory::getId).toList();
        if (orderedIds.size() != current.size() || !new HashSet<>(orderedIds).equals(new HashSet<>(current))) {
            throw new InvalidInputException(null, "ceremony.signatories.changed");
        }
        renumber(orderedIds.stream().map(i -> find(all, i, SIGNATORY)).toList());
        return changed(t);
    }

    /** Moves one signatory up ({@code -1}) or down ({@code +1}) in the signing order; at either end nothing moves. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public CeremonyContent moveSignatory(String slug, long id, int delta) {
        EventRef t = lockedCeremony(slug);
        List<Signatory> all = new ArrayList<>(signatories.findByEventIdOrderBySigningOrderAscIdAsc(t.eventId()));
        int from = all.indexOf(find(all, id, SIGNATORY));
        int to = Math.max(0, Math.min(all.size() - 1, from + Integer.signum(delta)));
        if (to == from) {
            return contentOf(t);
        }
        all.add(to, all.remove(from));
        renumber(all);
        return changed(t);
    }

    private static void renumber(List<Signatory> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    // ---- internals ------------------------------------------------------------------------------------------

    /** Checks the caller organizes a ceremony, then locks its event row until the transaction ends. */
    private EventRef lockedCeremony(String slug) {
        return events.lock(organizedCeremony(slug).eventId());
    }

    private EventRef organizedCeremony(String slug) {
        return events.organized(slug).ofKind(EventKind.CEREMONY);
    }

    /**
     * The agenda point or signatory an edit form is about: a new one for {@code id} null, else the stored one of
     * this ceremony, refused if the form was filled from an older version of it.
     */
    private static <T extends VersionedEventPart> T edited(List<T> all, Long id, Versioned form, Supplier<T> created,
                                                           String what) {
        if (id == null) {
            return created.get();
        }
        T part = find(all, id, what);
        StaleEditException.check(form.getVersion(), part.getVersion());
        return part;
    }

    private static <T extends EventPart> T find(List<T> all, long id, String what) {
        return all.stream().filter(p -> p.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(what + " " + id));
    }

    /** A stored part only if it belongs to this ceremony: another event's id is as unknown as a missing one. */
    private static <T extends EventPart> T partOf(EventRef t, Optional<T> found, long id, String what) {
        return found.filter(p -> p.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException(what + " " + id));
    }


    /** Refuses agreement or settings filled from another version of the ceremony than it has now (under the lock). */
    private void checkVersion(EventRef t, Versioned form) {
        StaleEditException.check(form.getVersion(),
                ceremonies.findById(t.eventId()).map(Ceremony::getVersion).orElse(Ceremony.UNSAVED));
    }

    private Ceremony ceremonyOf(long eventId, Instant now) {
        return ceremonies.findById(eventId).orElseGet(() -> ceremonies.save(new Ceremony(eventId, now)));
    }

    /** After a change of the agenda or the signatories: stamps the ceremony changed, writes, reads it anew. */
    private CeremonyContent changed(EventRef t) {
        Instant now = clock.instant();
        ceremonyOf(t.eventId(), now).agendaChanged(now);
        ceremonies.flush();
        return contentOf(t);
    }

    private static String format(Instant instant, EventRef t, boolean withDay) {
        ZoneId zone = t.zone();
        boolean oneDay = t.startsAt().atZone(zone).toLocalDate().equals(t.endsAt().atZone(zone).toLocalDate());
        return (withDay || !oneDay ? DAY_CLOCK : CLOCK).format(instant.atZone(zone));
    }

    /** For features of this package that found an event by other means (an invitation). */
    CeremonyContent contentOf(long eventId, String slug) {
        return contentOf(events.visible(Objects.requireNonNull(slug)).ofKind(EventKind.CEREMONY));
    }
}
