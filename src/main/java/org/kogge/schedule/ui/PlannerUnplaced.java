package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.ProposedSchedule;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;

/**
 * Beside the grid: the accepted sessions not placed yet (most votes first); a placed card dropped here goes back.
 * Beside a proposal's grid: the sessions it leaves unplaced, read only.
 */
class PlannerUnplaced extends Div {

    /** Today's side list: cards with their actions; a placed card dropped here goes back to the list. */
    static PlannerUnplaced editable(ScheduleSnapshot snapshot, List<Conflict> conflicts, PlannerActions actions) {
        PlannerUnplaced side = new PlannerUnplaced(snapshot, s -> PlannerCard.editable(s, conflicts, actions),
                "schedule.planner.unplaced.hint");
        DropTarget<Div> target = DropTarget.create(side);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(id -> {
            long sessionId = (Long) id;
            if (snapshot.placed().stream().anyMatch(x -> x.id() == sessionId)) {
                actions.backToList(sessionId);
            }
        }));
        return side;
    }

    /** The sessions a proposal leaves unplaced. */
    static PlannerUnplaced proposed(ProposedSchedule proposal, ZoneId zone) {
        return new PlannerUnplaced(proposal.schedule(), s -> PlannerCard.proposed(s, List.of(), proposal, zone),
                "schedule.planner.proposal.unplaced-hint");
    }

    private PlannerUnplaced(ScheduleSnapshot snapshot, Function<ScheduledSession, Component> cards, String hintKey) {
        addClassName("kogge-planner-side");
        getElement().setAttribute("role", "region");
        H2 heading = new H2(getTranslation("schedule.planner.unplaced", snapshot.unplaced().size()));
        heading.setId("kogge-unplaced-heading");
        getElement().setAttribute("aria-labelledby", "kogge-unplaced-heading");
        add(heading);
        Paragraph hint = new Paragraph(getTranslation(snapshot.unplaced().isEmpty()
                ? "schedule.planner.unplaced.none" : hintKey));
        hint.addClassName("kogge-schedule-hint");
        add(hint);
        for (ScheduledSession s : snapshot.unplaced()) {
            add(cards.apply(s));
        }
    }
}
