package org.kogge.organize.ui;

import java.util.List;
import java.util.Set;
import org.kogge.common.ui.OrganizerPage;
import org.kogge.common.ui.OrganizerPages;

/** The overview comes first in every event's organizer navigation; messages to participants come last. */
@org.springframework.stereotype.Component
class CockpitPages implements OrganizerPages {

    @Override
    public List<OrganizerPage> pages() {
        return List.of(new OrganizerPage(0, "organize.nav.overview", CockpitView.class, Set.of()),
                new OrganizerPage(90, "organize.nav.messages", MessagesView.class, Set.of()));
    }
}
