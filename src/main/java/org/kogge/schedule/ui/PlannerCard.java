package org.kogge.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.ScheduledSession;

/**
 * A session in the planner, placed or not: title, hosts, votes, length, its conflicts, and the keyboard actions
 * (place or move, back to the list, cancel or restore). It can be dragged onto a cell or back to the list.
 */
class PlannerCard extends Div {

    PlannerCard(ScheduledSession s, List<Conflict> conflicts, PlannerActions actions) {
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
        Span metaLine = new Span(String.join(" · ", meta));
        metaLine.addClassName("kogge-planner-card-meta");
        add(metaLine);
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
        add(actions(s, actions));
        DragSource<Div> drag = DragSource.create(this);
        drag.setDragData(s.id());
        drag.setEffectAllowed(EffectAllowed.MOVE);
    }

    private Div actions(ScheduledSession s, PlannerActions actions) {
        String name = s.content().title();
        Div row = new Div();
        row.addClassName("kogge-planner-card-actions");
        row.add(small(getTranslation(s.isPlaced() ? "schedule.planner.move" : "schedule.planner.place"),
                getTranslation(s.isPlaced() ? "schedule.planner.move.aria" : "schedule.planner.place.aria", name),
                () -> actions.openPlaceDialog(s)));
        if (s.isPlaced()) {
            row.add(small(getTranslation("schedule.planner.back"), getTranslation("schedule.planner.back.aria", name),
                    () -> actions.backToList(s.id())));
            if (s.isCancelled()) {
                row.add(small(getTranslation("schedule.planner.restore"),
                        getTranslation("schedule.planner.restore.aria", name), () -> actions.restore(s)));
            } else {
                row.add(small(getTranslation("schedule.planner.cancel-session"),
                        getTranslation("schedule.planner.cancel-session.aria", name), () -> actions.confirmCancel(s)));
            }
        }
        return row;
    }

    private static Button small(String text, String aria, Runnable onClick) {
        Button b = new Button(text, e -> onClick.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(aria);
        return b;
    }
}
