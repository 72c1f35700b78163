package org.kogge.event.ui;

import java.util.List;
import java.util.Set;
import org.kogge.common.ui.OrganizerPage;
import org.kogge.common.ui.OrganizerPages;

/** The event's settings (its details, state and co-organizers) in every event's organizer navigation. */
@org.springframework.stereotype.Component
class EventPages implements OrganizerPages {

    @Override
    public List<OrganizerPage> pages() {
        return List.of(new OrganizerPage(10, "organize.nav.settings", EventEditView.class, Set.of()));
    }
}
