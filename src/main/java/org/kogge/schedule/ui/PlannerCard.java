package org.kogge.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kogge.common.Formats;
import org.kogge.common.ui.RowButton;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.ProposedSchedule;
import org.kogge.schedule.ScheduledSession;

/**
 * A session in the planner, placed or not: title, hosts, votes, length, whether it is pinned, its conflicts, and the
 * keyboard actions (place or move, back to the list, pin or let go, cancel or restore). It can be dragged onto a cell
 * or back to the list. In a proposal's grid it has no actions and says what accepting would change.
 */
class PlannerCard extends Div {

    /** A card the organizer works with: its actions, and it can be dragged. */
    static PlannerCard editable(ScheduledSession s, List<Conflict> conflicts, PlannerActions actions) {
        PlannerCard card = new PlannerCard(s, conflicts);
        card.add(card.actions(s, actions));
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(s.id());
        drag.setEffectAllowed(EffectAllowed.MOVE);
        return card;
    }

    /**
     * A card in a proposal's grid, read only: marked when accepting would place it ("Neu eingeplant") or move it
     * ("Verschoben, bisher: …" with its place today), in words and not by colour alone.
     */
    static PlannerCard proposed(ScheduledSession s, List<Conflict> conflicts, ProposedSchedule proposal, ZoneId zone) {
        PlannerCard card = new PlannerCard(s, conflicts);
        ScheduledSession before = proposal.movedFrom().get(s.id());
        if (proposal.isAdded(s.id())) {
            card.mark("kogge-planner-proposal-new", card.getTranslation("schedule.planner.proposal.new"));
        } else if (before != null) {
            card.mark("kogge-planner-proposal-moved", card.getTranslation("schedule.planner.proposal.moved",
                    before.roomName(), Formats.dateTime(before.startsAt(), zone, card.getLocale())));
        }
        return card;
    }

    private PlannerCard(ScheduledSession s, List<Conflict> conflicts) {
        addClassName("kogge-planner-card");
        if (s.isCancelled()) {
            addClassName("kogge-planner-card-cancelled");
        }
        getElement().setAttribute("data-session", String.valueOf(s.id()));
        Span title = new Span(s.content().title());
        title.addClassName("kogge-planner-card-title");
        add(title);
        List<String> meta = new ArrayList<>();
        if (!s.content().hostNames().isEmpty()) {
            meta.add(String.join(", ", s.content().hostNames()));
        }
        meta.add(getTranslation("schedule.planner.votes", s.content().votes()));
        if (s.content().slots() > 1) {
            meta.add(getTranslation("schedule.planner.slots", s.content().slots()));
        }
        if (s.content().needsStepFree()) {
            meta.add(getTranslation("schedule.planner.needs-step-free"));
        }
        Span metaLine = new Span(String.join(" · ", meta));
        metaLine.addClassName("kogge-planner-card-meta");
        add(metaLine);
        if (s.isPinned()) {
            Span pinned = new Span(getTranslation("schedule.planner.pinned"));
            pinned.addClassName("kogge-planner-badge-pinned");
            add(pinned);
        }
        if (s.isCancelled()) {
            Span cancelled = new Span(getTranslation("schedule.planner.cancelled"));
            cancelled.addClassName("kogge-planner-badge-cancelled");
            add(cancelled);
        }
        for (Conflict c : conflicts) {
            if (c.sessionId() == s.id()) {
                Div warning = new Div(PlannerConflicts.sign(c), new Span(PlannerConflicts.text(this, c)));
                warning.addClassName("kogge-planner-warning");
                warning.addClassName(c.isHard() ? "kogge-conflict-hard" : "kogge-conflict-soft");
                add(warning);
            }
        }
    }

    private void mark(String className, String text) {
        addClassName(className);
        Span mark = new Span(text);
        mark.addClassName("kogge-planner-proposal-mark");
        addComponentAtIndex(1, mark);
    }

    private Div actions(ScheduledSession s, PlannerActions actions) {
        String name = s.content().title();
        Div row = new Div();
        row.addClassName("kogge-planner-card-actions");
        row.add(RowButton.of(getTranslation(s.isPlaced() ? "schedule.planner.move" : "schedule.planner.place"),
                getTranslation(s.isPlaced() ? "schedule.planner.move.aria" : "schedule.planner.place.aria", name),
                () -> actions.openPlaceDialog(s)));
        if (s.isPlaced()) {
            row.add(RowButton.of(getTranslation("schedule.planner.back"),
                    getTranslation("schedule.planner.back.aria", name), () -> actions.backToList(s.id())));
            row.add(pinToggle(s, actions));
            if (s.isCancelled()) {
                row.add(RowButton.of(getTranslation("schedule.planner.restore"),
                        getTranslation("schedule.planner.restore.aria", name), () -> actions.restore(s)));
            } else {
                row.add(RowButton.of(getTranslation("schedule.planner.cancel-session"),
                        getTranslation("schedule.planner.cancel-session.aria", name), () -> actions.confirmCancel(s)));
            }
        }
        return row;
    }

    /**
     * A toggle button: pressed while the session is pinned. Its accessible name starts with the visible text
     * ("Fixieren"/"Lösen", WCAG 2.5.3) and names the session, since every card has one.
     */
    private Button pinToggle(ScheduledSession s, PlannerActions actions) {
        boolean pinned = s.isPinned();
        Button b = RowButton.of(getTranslation(pinned ? "schedule.planner.unpin" : "schedule.planner.pin"),
                getTranslation(pinned ? "schedule.planner.unpin.aria" : "schedule.planner.pin.aria",
                        s.content().title()),
                () -> actions.pin(s, !pinned));
        b.addClassName("kogge-planner-pin");
        b.getElement().setAttribute("aria-pressed", String.valueOf(pinned));
        return b;
    }
}
