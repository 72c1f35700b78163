package org.kogge.proposal;

import org.kogge.common.live.LiveTopic;

/**
 * The live topic of a barcamp's proposals, keyed by event id: the services publish it after a vote, a proposal or a
 * decision, and the open board and moderation pages refresh: at once, and during a burst of changes once per
 * {@code kogge.board.throttle} (300 ms).
 */
public final class BoardUpdates {

    public static final LiveTopic<Long> TOPIC = new LiveTopic<>("board", Long.class);

    private BoardUpdates() {
    }
}
