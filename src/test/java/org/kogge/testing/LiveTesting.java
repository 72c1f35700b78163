package org.kogge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.function.BooleanSupplier;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.live.LiveTopic;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Helpers of the tests of live pages: letting pushed refreshes reach the mocked UI, and counting listeners. */
public final class LiveTesting {

    private LiveTesting() {
    }

    /**
     * Lets the broadcaster's background thread reach the UI, as push would in a browser: runs the UI's access queue
     * until the condition holds (the broadcaster fires about 300 ms after a change) or five seconds have passed.
     * The queue runs without a logged-in user, as on the broadcaster's thread in production, so that a view that
     * forgot to take its user along would show the page as an anonymous visitor.
     */
    public static void awaitPush(BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        Thread.sleep(600);
        runQueueAsNobody();
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            runQueueAsNobody();
        }
    }

    /** Runs the UI's access queue as the broadcaster's thread would: without anyone logged in. */
    public static void runQueueAsNobody() {
        SecurityContext testUser = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            MockVaadin.runUIQueue();
        } finally {
            SecurityContextHolder.setContext(testUser);
        }
    }

    /**
     * A live page that stays open for another event moves its registration, and leaving it ends it: opens the
     * first route (one listener of the first event), then the second (none of the first, one of the second), then
     * goes elsewhere (none of the second).
     */
    public static void assertFollowsTheEventShown(LiveBroadcaster live, LiveTopic<Long> topic,
                                                  String firstRoute, long firstEvent,
                                                  String secondRoute, long secondEvent, String elsewhere) {
        UI.getCurrent().navigate(firstRoute);
        assertThat(live.listenerCount(topic, firstEvent)).as("listeners of the first event").isEqualTo(1);

        UI.getCurrent().navigate(secondRoute);
        assertThat(live.listenerCount(topic, firstEvent)).as("listeners of the first event, left").isZero();
        assertThat(live.listenerCount(topic, secondEvent)).as("listeners of the second event").isEqualTo(1);

        UI.getCurrent().navigate(elsewhere);
        assertThat(live.listenerCount(topic, secondEvent)).as("listeners of the second event, left").isZero();
    }
}
