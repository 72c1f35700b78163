package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.ui.EventPageSection;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.PublicScheduleService.Links;
import org.kogge.schedule.Visibility;

/**
 * On a barcamp's page, once its schedule is published (for its organizers already before, as a preview): the way
 * to the programme, and while the event is on (from shortly before) to the "now and next" board.
 */
@org.springframework.stereotype.Component
public class PublicScheduleSection implements EventPageSection {

    private final PublicScheduleService schedules;

    public PublicScheduleSection(PublicScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public Optional<Component> create(EventDetails event) {
        if (event.kind() != EventKind.BARCAMP) {
            return Optional.empty();
        }
        return schedules.links(event.slug()).map(this::section);
    }

    private Component section(Links links) {
        VerticalLayout section = EventPageSection.frame("kogge-programme-section");
        section.add(new H2(section.getTranslation("programme.section.title")));
        if (links.visibility() == Visibility.PREVIEW) {
            section.add(new Paragraph(section.getTranslation("programme.section.preview")));
        }
        HorizontalLayout anchors = new HorizontalLayout(new Anchor("events/" + links.slug() + "/schedule",
                section.getTranslation("programme.section.link")));
        anchors.setWrap(true);
        if (links.live()) {
            anchors.add(new Anchor("events/" + links.slug() + "/now", section.getTranslation("programme.section.now-link")));
        }
        section.add(anchors);
        return section;
    }

    @Override
    public int order() {
        return 30;
    }
}
