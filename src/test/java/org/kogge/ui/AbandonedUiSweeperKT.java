package org.kogge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardUpdates;
import org.kogge.proposal.ui.ProposalBoardView;
import org.kogge.testing.BrowserTabs;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A UI whose tab stopped sending heartbeats (crashed browser, discarded phone tab) is closed and removed by the
 * sweeper, and its live listener goes with it; a UI that sends heartbeats stays.
 */
class AbandonedUiSweeperKT extends KaribuTestBase {

    @Autowired AbandonedUiSweeper sweeper;
    @Autowired LiveBroadcaster broadcaster;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired BoardService boards;

    String slug;
    long eventId;

    /** An open proposal board: a live page with one listener per open UI. */
    @BeforeEach
    void openBoard() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, 5));
        eventId = boards.eventIdOf(slug);
        UI.getCurrent().navigate("events/" + slug + "/proposals");
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(1);
        assertThat(sweeper.sessionCount()).as("the sweeper knows the session").isPositive();
    }

    @Test
    void aUiThatMissedItsHeartbeatsIsClosedAndItsListenerGoes() {
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        long interval = session.getConfiguration().getHeartbeatInterval() * 1000L;
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 4 * interval);

        sweeper.sweep();
        MockVaadin.runUIQueue(); // the sweep waits for the session's lock, which the test holds

        assertThat(ui.isClosing()).isTrue();
        assertThat(session.getUIs()).doesNotContain(ui);
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isZero();
    }

    /**
     * Ten more tabs of the board in the same session are abandoned: after the sweep their listeners are gone and
     * nothing keeps their UIs, views or state trees (the garbage collector takes them), while the first tab stays.
     */
    @Test
    void abandonedTabsLeaveNothingBehind() {
        UI first = UI.getCurrent();
        VaadinSession session = first.getSession();
        List<WeakReference<Object>> held = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UI tab = BrowserTabs.open(session, 100 + i, "events/" + slug + "/proposals");
            assertThat(tab.getCurrentView()).isInstanceOf(ProposalBoardView.class);
            held.add(new WeakReference<>(tab));
            held.add(new WeakReference<>(tab.getCurrentView()));
            held.add(new WeakReference<>(tab.getInternals().getStateTree()));
        }
        BrowserTabs.switchTo(first);
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(11);
        long missed = System.currentTimeMillis() - 4 * session.getConfiguration().getHeartbeatInterval() * 1000L;
        session.getUIs().stream().filter(ui -> ui != first)
                .forEach(ui -> ui.getInternals().setLastHeartbeatTimestamp(missed));
        first.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());

        sweeper.sweep();
        MockVaadin.runUIQueue();

        assertThat(session.getUIs()).containsExactly(first);
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(1);
        // Collected at the next full collection; the deadline only bounds a failure.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (held.stream().anyMatch(r -> r.get() != null) && System.nanoTime() < deadline) {
            System.gc();
        }
        assertThat(held).as("tabs, views and state trees still reachable").allMatch(r -> r.get() == null);
    }

    /**
     * While a request holds the session (here the test), sweeps wait for it; one sweep is queued, not one per tick:
     * queued sweeps would run inside each other once a closing UI pushes (which runs the session's pending tasks).
     */
    @Test
    void aBusySessionGetsOneQueuedSweepNotOnePerTick() {
        VaadinSession session = UI.getCurrent().getSession();
        int pending = session.getPendingAccessQueue().size();

        sweeper.sweep();
        sweeper.sweep();
        sweeper.sweep();
        assertThat(session.getPendingAccessQueue()).hasSize(pending + 1);

        MockVaadin.runUIQueue();
        assertThat(session.getPendingAccessQueue()).isEmpty();
        sweeper.sweep();
        assertThat(session.getPendingAccessQueue()).as("queued again after it ran").hasSize(1);
        MockVaadin.runUIQueue();
    }

    @Test
    void aUiThatSendsHeartbeatsStays() {
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        long interval = session.getConfiguration().getHeartbeatInterval() * 1000L;
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 2 * interval); // two missed: stays

        sweeper.sweep();
        MockVaadin.runUIQueue();

        assertThat(ui.isClosing()).isFalse();
        assertThat(session.getUIs()).contains(ui);
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(1);
    }
}
