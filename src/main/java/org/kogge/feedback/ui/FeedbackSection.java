package org.kogge.feedback.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.kogge.feedback.FeedbackService;
import org.kogge.schedule.PublicScheduleService.SessionPage;
import org.kogge.schedule.ui.SessionPageSection;

/**
 * "Rückmeldung zur Session" on a session's page, below its materials: the form for those who had a seat (once the
 * session has started), and for its hosts and the event's organizers what attendees said, without names. Nothing for
 * anybody else.
 */
@org.springframework.stereotype.Component
public class FeedbackSection implements SessionPageSection {

    private final FeedbackService feedback;

    public FeedbackSection(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public Optional<Component> create(SessionPage page) {
        String slug = page.event().slug();
        return feedback.of(slug, page.session().id()).map(state -> new FeedbackPanel(feedback, slug, state));
    }

    @Override
    public int order() {
        return 20;
    }
}
