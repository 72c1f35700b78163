package org.kogge.proposal.ui;

import java.util.List;
import java.util.Set;
import org.kogge.common.ui.OrganizerPage;
import org.kogge.common.ui.OrganizerPages;
import org.kogge.event.EventKind;

/** A barcamp's proposals and their moderation in its organizer navigation. */
@org.springframework.stereotype.Component
class ProposalPages implements OrganizerPages {

    @Override
    public List<OrganizerPage> pages() {
        return List.of(new OrganizerPage(30, "organize.nav.proposals", ModerationView.class, Set.of(EventKind.BARCAMP)));
    }
}
