package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.kogge.schedule.Conflict;

/**
 * The planner's list of conflicts above the grid (a polite live region), and how a conflict reads wherever it is
 * shown: as text with a warning sign, hard or soft, never by colour alone.
 */
class PlannerConflicts extends Div {

    /** @param titles the placed sessions' titles by id */
    PlannerConflicts(List<Conflict> conflicts, Map<Long, String> titles) {
        addClassName("kogge-planner-conflicts");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        if (conflicts.isEmpty()) {
            add(new Span(getTranslation("schedule.planner.no-conflicts")));
            return;
        }
        add(new H2(getTranslation("schedule.planner.conflicts", conflicts.size())));
        UnorderedList list = new UnorderedList();
        for (Conflict c : conflicts) {
            ListItem item = new ListItem(sign(c), new Span(titles.getOrDefault(c.sessionId(), "") + ": "
                    + text(this, c)));
            item.addClassName(c.isHard() ? "kogge-conflict-hard" : "kogge-conflict-soft");
            list.add(item);
        }
        add(list);
    }

    static String text(Component context, Conflict c) {
        String text = context.getTranslation(c.messageKey(), c.args().toArray());
        return context.getTranslation(c.isHard() ? "schedule.conflict.hard" : "schedule.conflict.soft", text);
    }

    static Span sign(Conflict c) {
        Span sign = new Span(c.isHard() ? "⛔" : "⚠");
        sign.addClassName("kogge-conflict-sign");
        sign.getElement().setAttribute("aria-hidden", "true");
        return sign;
    }
}
