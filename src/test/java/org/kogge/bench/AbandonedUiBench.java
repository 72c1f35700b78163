package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardUpdates;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.KaribuTestBase;
import org.kogge.ui.AbandonedUiSweeper;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abandoned UIs: a browser with 40 open proposal boards of 500 proposals is killed (no unload beacon). Prints the
 * heap before the boards were opened, with them open, and after the sweeper closed them, and how long the sweep
 * took until their live listeners were gone. In production the sweep comes 3.1 heartbeat intervals after the last
 * heartbeat plus at most one sweep interval (see application.properties). Run with {@code ./mvnw -Pbench test}.
 */
class AbandonedUiBench extends KaribuTestBase {

    private static final int UIS = 40;
    private static final int PROPOSALS = 500;

    @Autowired RegistrationService registrations;
    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired BoardService boards;
    @Autowired LiveBroadcaster broadcaster;
    @Autowired AbandonedUiSweeper sweeper;

    @Test
    void abandonedBoardsAreFreed() throws Exception {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Benchmark-Barcamp", EventKind.BARCAMP, 100, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, null));
        List<String> hosts = fixtures.bulkAttendees("host", 50);
        for (String host : hosts) {
            fixtures.as(host, () -> registrations.register(slug));
        }
        for (int i = 0; i < PROPOSALS; i++) {
            ProposalForm f = new ProposalForm();
            f.setTitle("Session " + i);
            f.setAbstractText("Abstract of session " + i + ": what it is about, and who should come.");
            fixtures.as(hosts.get(i % hosts.size()), () -> proposals.propose(slug, f));
        }
        long eventId = boards.eventIdOf(slug);
        String board = "events/" + slug + "/proposals";
        UI.getCurrent().navigate(board);
        UI alive = UI.getCurrent();
        long baseline = usedHeap();

        // One browser, 40 tabs: 40 UIs of one session, each showing the board.
        VaadinSession session = VaadinSession.getCurrent();
        List<UI> tabs = new ArrayList<>();
        for (int i = 0; i < UIS; i++) {
            int id = 100 + i;
            MockVaadin.INSTANCE.createUI$karibu_testing_v10(() -> new Tab(id), session);
            UI.getCurrent().navigate(board);
            tabs.add(UI.getCurrent());
        }
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(UIS + 1);
        assertThat(session.getUIs()).hasSize(UIS + 1);
        long open = usedHeap();

        // The browser is killed: the 40 tabs send no more heartbeats; the first tab stays alive.
        long timeout = session.getConfiguration().getHeartbeatInterval() * 1000L * 31 / 10;
        for (UI tab : tabs) {
            tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - timeout - 1000);
        }
        tabs.clear();
        alive.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
        // The request is over: the session's lock is free for the sweeper's thread, as between requests.
        session.unlock();
        long t0 = System.nanoTime();
        CompletableFuture.runAsync(sweeper::sweep).get();
        long until = System.currentTimeMillis() + 30_000;
        while (broadcaster.listenerCount(BoardUpdates.TOPIC, eventId) > 1 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        double sweepMillis = (System.nanoTime() - t0) / 1e6;
        session.lock();
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(1);
        assertThat(session.getUIs()).hasSize(1);
        long after = usedHeap();

        System.out.printf(Locale.ROOT, "%n=== Kogge abandoned UIs (%s) ===%n", fixtures.databaseName());
        System.out.printf(Locale.ROOT, "board of %d proposals; heap used: before %.1f MB, %d more boards open %.1f MB "
                        + "(%.2f MB per board), after the sweep %.1f MB%n", PROPOSALS, baseline / 1e6, UIS, open / 1e6,
                (open - baseline) / 1e6 / UIS, after / 1e6);
        System.out.printf(Locale.ROOT, "sweep until the %d listeners were gone: %.0f ms; in production an abandoned UI"
                        + " goes %.1f-%.1f min after its last heartbeat (heartbeat %d s, 3.1 missed, sweep every 60 s)%n",
                UIS, sweepMillis, timeout / 60_000.0, timeout / 60_000.0 + 1, timeout / 31 * 10 / 1000);
        System.out.println("===");
    }

    /** A browser tab's UI: Karibu gives every UI it creates the id 1, a browser's tabs have ids of their own. */
    private static final class Tab extends UI {
        private final int id;

        Tab(int id) {
            this.id = id;
        }

        @Override
        public int getUIId() {
            return id;
        }
    }

    /** The heap in use after full collections (System.gc() returns once G1's full collection is done). */
    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
