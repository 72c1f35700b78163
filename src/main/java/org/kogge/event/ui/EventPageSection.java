package org.kogge.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.springframework.modulith.NamedInterface;

/**
 * A part of an event's page that another feature contributes (registration, the proposal board, the schedule),
 * so that the event feature does not depend on them. Implementations are Spring beans; {@link #order()} sorts them.
 */
@NamedInterface("page-sections")
public interface EventPageSection {

    Optional<Component> create(EventDetails event);

    default int order() {
        return 0;
    }

    /** A section's frame: a column without padding of its own, with the section's CSS class. */
    static VerticalLayout frame(String className) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName(className);
        return section;
    }
}
