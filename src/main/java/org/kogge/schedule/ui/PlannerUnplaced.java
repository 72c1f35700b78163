package org.kogge.schedule.ui;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;

/** Beside the grid: the accepted sessions not placed yet (most votes first); a placed card dropped here goes back. */
class PlannerUnplaced extends Div {

    PlannerUnplaced(ScheduleSnapshot snapshot, List<Conflict> conflicts, PlannerActions actions) {
        addClassName("kogge-planner-side");
        getElement().setAttribute("role", "region");
        H2 heading = new H2(getTranslation("schedule.planner.unplaced", snapshot.unplaced().size()));
        heading.setId("kogge-unplaced-heading");
        getElement().setAttribute("aria-labelledby", "kogge-unplaced-heading");
        add(heading);
        Paragraph hint = new Paragraph(getTranslation(snapshot.unplaced().isEmpty()
                ? "schedule.planner.unplaced.none" : "schedule.planner.unplaced.hint"));
        hint.addClassName("kogge-schedule-hint");
        add(hint);
        for (ScheduledSession s : snapshot.unplaced()) {
            add(new PlannerCard(s, conflicts, actions));
        }
        DropTarget<Div> target = DropTarget.create(this);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(id -> {
            long sessionId = (Long) id;
            if (snapshot.placed().stream().anyMatch(x -> x.id() == sessionId)) {
                actions.backToList(sessionId);
            }
        }));
    }
}
