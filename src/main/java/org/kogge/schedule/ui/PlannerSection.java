package org.kogge.schedule.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.ui.EventPageSection;

/** On a barcamp's page, for its organizers: the way to the rooms and slots and to the planner. */
@org.springframework.stereotype.Component
public class PlannerSection implements EventPageSection {

    @Override
    public Optional<com.vaadin.flow.component.Component> create(EventDetails event) {
        if (event.kind() != EventKind.BARCAMP || !event.canEdit()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("kogge-planner-section");
        section.add(new H3(section.getTranslation("schedule.section.heading")));
        section.add(new HorizontalLayout(
                new Anchor("organize/events/" + event.slug() + "/rooms", section.getTranslation("schedule.section.rooms")),
                new Anchor("organize/events/" + event.slug() + "/schedule", section.getTranslation("schedule.section.planner"))));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 30;
    }
}
