package org.kogge.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.kogge.event.ui.EventPageSection;

/**
 * On every public event's page: the event as a calendar file ({@code /calendar/events/{slug}.ics}, for barcamps
 * with their published sessions), and for everybody the way to the personal agenda and its subscribable feed.
 * Drafts get nothing: their calendar file does not exist.
 */
@org.springframework.stereotype.Component
public class CalendarSection implements EventPageSection {

    @Override
    public Optional<Component> create(EventDetails event) {
        if (!event.state().isPublic()) {
            return Optional.empty();
        }
        HorizontalLayout links = new HorizontalLayout();
        links.setWrap(true);
        links.addClassName("kogge-calendar-section");
        Anchor ics = new Anchor("calendar/events/" + event.slug() + ".ics",
                links.getTranslation("calendar.section.download"));
        // A file, not a view: the router must let the browser fetch it.
        ics.setRouterIgnore(true);
        ics.setTarget(AnchorTarget.DEFAULT);
        ics.getElement().setAttribute("download", event.slug() + ".ics");
        links.add(ics, new Anchor("me/agenda", links.getTranslation("calendar.section.agenda")));
        return Optional.of(links);
    }

    @Override
    public int order() {
        return 5;
    }
}
