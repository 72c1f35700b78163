package org.kogge.archive;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kogge.account.CurrentUser;
import org.kogge.account.PeopleDirectory;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Markdown;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.event.EventGate;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.PublicScheduleService.SessionPage;
import org.kogge.schedule.Visibility;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's materials and results. They belong to a session of a published programme that is not cancelled:
 * everybody who may see the session reads them; its hosts (host and co-hosts), the event's organizers and admins
 * write them. A blank text removes them. They are not programme data: writing them changes no calendar and no
 * SEQUENCE.
 */
@Service
@Transactional(readOnly = true)
public class MaterialsService {

    /** The text's headings start below the section's h2. */
    static final int TEXT_HEADINGS = Markdown.BELOW_SECTION;

    private final PublicScheduleService schedules;
    private final EventGate events;
    private final SessionMaterialRepository materials;
    private final PeopleDirectory people;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LiveBroadcaster live;

    MaterialsService(PublicScheduleService schedules, EventGate events, SessionMaterialRepository materials,
                     PeopleDirectory people, InputValidator validator, CurrentUser currentUser, Clock clock,
                     LiveBroadcaster live) {
        this.schedules = schedules;
        this.events = events;
        this.materials = materials;
        this.people = people;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
        this.live = live;
    }

    /**
     * The materials of a session as the caller sees them; empty if the session has none to show (its programme is
     * not published, or it is cancelled). A session the caller may not see at all is not found.
     */
    public Optional<SessionMaterials> of(String slug, long sessionId) {
        SessionPage page = schedules.session(slug, sessionId);
        if (!documentable(page)) {
            return Optional.empty();
        }
        return Optional.of(shown(page, materials.findById(sessionId).orElse(null)));
    }

    /**
     * Writes a session's materials (a blank text removes them) and returns them as shown now. Refused for anybody
     * but its hosts, the event's organizers and admins, for a session that is not in the published programme or is
     * cancelled, for a text that is too long, and ({@link MaterialsChangedException}) when the materials are no longer
     * those the edit started from ({@link MaterialsForm#getBasis()}: somebody changed or removed them meanwhile); a
     * refused save changes nothing.
     */
    @Transactional
    public SessionMaterials save(String slug, long sessionId, MaterialsForm form) {
        long me = currentUser.requireId();
        SessionPage page = schedules.session(slug, sessionId);
        if (!mayEdit(page, me)) {
            throw new AccessDeniedException("not a host or organizer of session " + sessionId);
        }
        if (!documentable(page)) {
            throw new InvalidInputException(null, "archive.materials.not-published");
        }
        // NFC: "ü" pasted as "u" and a combining diaeresis is stored as the one character it looks like.
        String text = form.getText() == null ? "" : Normalizer.normalize(form.getText(), Normalizer.Form.NFC).strip();
        validator.check(new MaterialsForm(text)).throwIfAny();
        SessionMaterial current = materials.findById(sessionId).orElse(null);
        checkUnchanged(current, form.getBasis(), me);
        try {
            if (text.isEmpty()) {
                if (current != null) {
                    materials.delete(current);
                    materials.flush();
                    live.publish(ArchiveUpdates.TOPIC, ArchiveUpdates.NETWORK);
                }
                return shown(page, null);
            }
            SessionMaterial m = current != null ? current : new SessionMaterial(sessionId, page.event().eventId());
            m.edit(text, me, clock.instant());
            SessionMaterials saved = shown(page, materials.saveAndFlush(m));
            // Open archive pages search again once this commits (never for a save that rolls back).
            live.publish(ArchiveUpdates.TOPIC, ArchiveUpdates.NETWORK);
            return saved;
        } catch (OptimisticLockingFailureException e) {
            // Another save changed or removed these materials between our read and our write.
            throw new MaterialsChangedException("archive.materials.changed.meanwhile");
        } catch (DataIntegrityViolationException e) {
            if (current != null) {
                throw e;
            }
            // Another save wrote the first materials of this session between our read and our write.
            throw new MaterialsChangedException("archive.materials.changed.meanwhile");
        }
    }

    /**
     * Refuses a save whose edit started from other materials than those stored now, naming who changed them (or
     * telling the person that they did so themselves, in another tab or window).
     */
    private void checkUnchanged(SessionMaterial current, MaterialsForm.Basis basis, long me) {
        if (current == null) {
            if (basis != null) {
                throw new MaterialsChangedException("archive.materials.changed.removed");
            }
            return;
        }
        if (current.basis().equals(basis)) {
            return;
        }
        if (current.getEditedBy() != null && current.getEditedBy() == me) {
            throw new MaterialsChangedException("archive.materials.changed.by-you");
        }
        String editor = editorName(current);
        throw editor == null ? new MaterialsChangedException("archive.materials.changed.meanwhile")
                : new MaterialsChangedException("archive.materials.changed.by", editor);
    }

    /** The form for editing a session's materials (its current text); only for those who may write them. */
    public MaterialsForm formFor(String slug, long sessionId) {
        long me = currentUser.requireId();
        SessionPage page = schedules.session(slug, sessionId);
        if (!mayEdit(page, me)) {
            throw new AccessDeniedException("not a host or organizer of session " + sessionId);
        }
        return materials.findById(sessionId).map(m -> new MaterialsForm(m.getBody(), m.basis()))
                .orElseGet(() -> new MaterialsForm(""));
    }

    /**
     * The materials as stored now, with the basis a save over them must name: what the dialog shows after a refused
     * save, so that the person may save their text over it deliberately ({@link #save} with this basis: refused again
     * if they changed once more meanwhile) or take it over. Only for those who may write them.
     */
    public MaterialsVersion latest(String slug, long sessionId) {
        long me = currentUser.requireId();
        SessionPage page = schedules.session(slug, sessionId);
        if (!mayEdit(page, me)) {
            throw new AccessDeniedException("not a host or organizer of session " + sessionId);
        }
        return materials.findById(sessionId)
                .map(m -> new MaterialsVersion(m.getBody(), m.basis(), editorName(m),
                        m.getEditedBy() != null && m.getEditedBy() == me, m.getEditedAt(), page.event().zone()))
                .orElseGet(() -> new MaterialsVersion(null, null, null, false, null, page.event().zone()));
    }

    /** Who last edited these materials; {@code null} if unknown (the account was deleted). */
    private String editorName(SessionMaterial m) {
        return m.getEditedBy() == null ? null : people.names(List.of(m.getEditedBy())).values().stream().findFirst()
                .map(n -> n.displayName()).orElse(null);
    }

    private static boolean documentable(SessionPage page) {
        return page.visibility() == Visibility.PUBLISHED && !page.session().isCancelled();
    }

    private boolean mayEdit(SessionPage page, long me) {
        return page.session().content().hostIds().contains(me) || events.isOrganizer(page.event());
    }

    private SessionMaterials shown(SessionPage page, SessionMaterial m) {
        boolean mayEdit = currentUser.id().map(me -> mayEdit(page, me)).orElse(false);
        long id = page.session().id();
        if (m == null) {
            return new SessionMaterials(id, null, null, null, null, page.event().zone(), mayEdit);
        }
        return new SessionMaterials(id, m.getBody(), Markdown.toSafeHtml(m.getBody(), TEXT_HEADINGS), editorName(m),
                m.getEditedAt(), page.event().zone(), mayEdit);
    }
}
