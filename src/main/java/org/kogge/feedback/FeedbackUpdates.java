package org.kogge.feedback;

import org.kogge.common.live.LiveTopic;

/**
 * The live topic of a session's feedback, keyed by the session's id: {@link FeedbackService} publishes it after
 * feedback was given, changed or withdrawn (once committed), and the session pages open for its hosts and the
 * event's organizers show the answers anew without a reload (once per {@code kogge.feedback.throttle}, 300 ms,
 * during a burst).
 */
public final class FeedbackUpdates {

    public static final LiveTopic<Long> TOPIC = new LiveTopic<>("feedback", Long.class);

    private FeedbackUpdates() {
    }
}
