package org.kogge.schedule.ui;

import java.util.List;
import java.util.Set;
import org.kogge.common.ui.OrganizerPage;
import org.kogge.common.ui.OrganizerPages;
import org.kogge.event.EventKind;

/** A barcamp's rooms and slots and its planner in its organizer navigation. */
@org.springframework.stereotype.Component
class SchedulePages implements OrganizerPages {

    @Override
    public List<OrganizerPage> pages() {
        return List.of(new OrganizerPage(40, "organize.nav.rooms", RoomsView.class, Set.of(EventKind.BARCAMP)),
                new OrganizerPage(50, "organize.nav.planner", PlannerView.class, Set.of(EventKind.BARCAMP)));
    }
}
