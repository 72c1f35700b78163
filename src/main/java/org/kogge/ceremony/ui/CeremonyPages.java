package org.kogge.ceremony.ui;

import java.util.List;
import java.util.Set;
import org.kogge.common.ui.OrganizerPage;
import org.kogge.common.ui.OrganizerPages;
import org.kogge.event.EventKind;

/** A ceremony's programme (agreement, agenda, signatories), guest list and check-in in its organizer navigation. */
@org.springframework.stereotype.Component
class CeremonyPages implements OrganizerPages {

    @Override
    public List<OrganizerPage> pages() {
        Set<EventKind> ceremony = Set.of(EventKind.CEREMONY);
        return List.of(new OrganizerPage(60, "organize.nav.ceremony", CeremonyEditView.class, ceremony),
                new OrganizerPage(70, "organize.nav.guests", GuestListView.class, ceremony),
                new OrganizerPage(80, "organize.nav.checkin", CheckinView.class, ceremony));
    }
}
