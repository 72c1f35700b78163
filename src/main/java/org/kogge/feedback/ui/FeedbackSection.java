package org.kogge.feedback.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.feedback.FeedbackService;
import org.kogge.schedule.PublicScheduleService.SessionPage;
import org.kogge.schedule.ui.SessionPageSection;

/**
 * "Rückmeldung zur Session" on a session's page, below its materials: the form for those who had a seat (once the
 * session has started), and for its hosts and the event's organizers what attendees said, without names. Nothing for
 * anybody else. What hosts and organizers read follows new, changed and withdrawn feedback while the page is open.
 */
@org.springframework.stereotype.Component
public class FeedbackSection implements SessionPageSection {

    private final FeedbackService feedback;
    private final LiveBroadcaster live;

    public FeedbackSection(FeedbackService feedback, LiveBroadcaster live) {
        this.feedback = feedback;
        this.live = live;
    }

    @Override
    public Optional<Component> create(SessionPage page) {
        String slug = page.event().slug();
        // Taken before reading: a change between reading and listening still reaches the page.
        long readAt = live.sequence();
        return feedback.of(slug, page.session().id())
                .map(state -> new FeedbackPanel(feedback, live, slug, state, readAt));
    }

    @Override
    public int order() {
        return 20;
    }
}
