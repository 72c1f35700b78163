package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import org.kogge.common.ui.OrganizerHeader;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.event.EventKind;

/** The top of a ceremony's organizer pages: heading, the event's organizer navigation, the way to its public page. */
final class CeremonyLinks {

    private CeremonyLinks() {
    }

    static OrganizerHeader header(Component page, OrganizerNavigation navigation, String heading, String slug) {
        return navigation.header(page, heading, slug, EventKind.CEREMONY)
                .link("events/" + slug, page.getTranslation("ceremony.links.event"));
    }
}
