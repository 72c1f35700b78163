package org.kogge.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.common.live.InMemoryLiveBroadcaster;
import org.kogge.common.live.LiveTopic;
import org.kogge.testing.LiveTesting;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one helper of live pages, on a plain component in a mocked UI: subscribes while attached, follows a new key,
 * refreshes as the viewer in the UI's access queue, and drops refreshes for what the page no longer shows.
 */
class LiveRefreshKT {

    static final LiveTopic<Long> TOPIC = new LiveTopic<>("board", Long.class);

    InMemoryLiveBroadcaster broadcaster = new InMemoryLiveBroadcaster(topic -> Duration.ZERO);
    Div page = new Div();
    /** Who the refreshes ran as. */
    List<String> refreshedAs = new ArrayList<>();
    LiveRefresh<Long> live;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        live = LiveRefresh.of(page, broadcaster, TOPIC, () -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            refreshedAs.add(who == null ? "nobody" : who.getName());
        });
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        broadcaster.stop();
    }

    private static void loginAs(String name) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(name, null, "ROLE_USER"));
        SecurityContextHolder.setContext(context);
    }

    /** Waits until the broadcaster's thread has queued its notice in the UI (push would deliver it now). */
    private static void awaitQueuedNotice() throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (VaadinSession.getCurrent().getPendingAccessQueue().isEmpty()) {
            assertThat(System.currentTimeMillis()).as("a notice was queued").isLessThan(until);
            Thread.sleep(10);
        }
    }

    @Test
    void listensWhileAttachedOnly() {
        live.follow(7L);
        assertThat(broadcaster.listenerCount(TOPIC, 7L)).as("not attached yet").isZero();

        UI.getCurrent().add(page);
        assertThat(broadcaster.listenerCount(TOPIC, 7L)).isEqualTo(1);

        live.follow(7L);
        assertThat(broadcaster.listenerCount(TOPIC, 7L)).as("the same key again: still one").isEqualTo(1);

        UI.getCurrent().remove(page);
        assertThat(broadcaster.listenerCount(TOPIC, 7L)).isZero();

        UI.getCurrent().add(page);
        assertThat(broadcaster.listenerCount(TOPIC, 7L)).as("attached again").isEqualTo(1);
    }

    @Test
    void refreshesInTheUiAsThePersonWhoIsLooking() throws InterruptedException {
        loginAs("kai");
        UI.getCurrent().add(page);
        live.follow(7L);
        loginAs("someone-else");

        broadcaster.publish(TOPIC, 7L);
        awaitQueuedNotice();
        assertThat(refreshedAs).as("only in the UI's access").isEmpty();
        LiveTesting.runQueueAsNobody();

        assertThat(refreshedAs).containsExactly("kai");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("someone-else");
    }

    @Test
    void followingAnotherKeyMovesTheSubscription() throws InterruptedException {
        UI.getCurrent().add(page);
        live.follow(7L);

        loginAs("lena");
        live.follow(8L);

        assertThat(broadcaster.listenerCount(TOPIC, 7L)).isZero();
        assertThat(broadcaster.listenerCount(TOPIC, 8L)).isEqualTo(1);
        broadcaster.publish(TOPIC, 8L);
        awaitQueuedNotice();
        LiveTesting.runQueueAsNobody();
        assertThat(refreshedAs).containsExactly("lena");
    }

    @Test
    void aRefreshQueuedForTheOldKeyIsDropped() throws InterruptedException {
        noticeQueuedThen(() -> live.follow(8L));
        assertThat(refreshedAs).isEmpty();
    }

    @Test
    void aRefreshQueuedBeforeThePageLeftIsDropped() throws InterruptedException {
        noticeQueuedThen(() -> UI.getCurrent().remove(page));
        assertThat(refreshedAs).isEmpty();
        assertThat(broadcaster.listenerCount(TOPIC, 7L)).isZero();
    }

    @Test
    void aNoticeOfAChangeThePageHasReadMeanwhileIsDropped() throws InterruptedException {
        noticeQueuedThen(() -> live.follow(7L, live.sequence()));
        assertThat(refreshedAs).as("the page read after the change: it shows it").isEmpty();
    }

    @Test
    void aChangeBeforeThePageReadIsNoNews() {
        broadcaster.publish(TOPIC, 7L);
        long readAt = live.sequence();
        live.follow(7L, readAt);
        UI.getCurrent().add(page);

        LiveTesting.runQueueAsNobody();
        assertThat(refreshedAs).isEmpty();
    }

    @Test
    void aChangeBetweenReadingAndListeningReachesThePageWhenItListens() {
        long readAt = live.sequence();
        broadcaster.publish(TOPIC, 7L);
        broadcaster.publish(TOPIC, 8L);
        live.follow(7L, readAt);
        assertThat(refreshedAs).isEmpty();

        UI.getCurrent().add(page);
        LiveTesting.runQueueAsNobody();
        // (The broadcaster's own notice, had it come after the page listened, may have told it a second time.)
        assertThat(refreshedAs).as("told as soon as it listens").isNotEmpty().containsOnly("nobody");
    }

    @Test
    void aChangeOfAnotherKeyIsNoNewsEither() {
        long readAt = live.sequence();
        broadcaster.publish(TOPIC, 8L);
        live.follow(7L, readAt);
        UI.getCurrent().add(page);

        LiveTesting.runQueueAsNobody();
        assertThat(refreshedAs).isEmpty();
    }

    /** The page follows event 7 and a notice of it waits in the UI's queue; then something happens, then the queue runs. */
    private void noticeQueuedThen(Runnable meanwhile) throws InterruptedException {
        UI.getCurrent().add(page);
        live.follow(7L);
        broadcaster.publish(TOPIC, 7L);
        awaitQueuedNotice();
        meanwhile.run();
        LiveTesting.runQueueAsNobody();
    }
}
