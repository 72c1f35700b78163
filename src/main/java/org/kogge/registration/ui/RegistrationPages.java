package org.kogge.registration.ui;

import java.util.List;
import java.util.Set;
import org.kogge.common.ui.OrganizerPage;
import org.kogge.common.ui.OrganizerPages;

/** The participants (seats and waitlist) in every event's organizer navigation. */
@org.springframework.stereotype.Component
class RegistrationPages implements OrganizerPages {

    @Override
    public List<OrganizerPage> pages() {
        return List.of(new OrganizerPage(20, "organize.nav.participants", ParticipantsView.class, Set.of()));
    }
}
