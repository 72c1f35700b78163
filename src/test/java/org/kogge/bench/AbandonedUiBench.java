package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardUpdates;
import org.kogge.testing.BoardFixtures;
import org.kogge.testing.BrowserTabs;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.UiHeap;
import org.kogge.ui.AbandonedUiSweeper;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Abandoned UIs in Karibu (the UIs' server-side state, without HTTP and push; {@link AbandonedUiServerBench} has the
 * production path): a browser with 40 open proposal boards of 500 proposals is killed (no unload beacon), twice in a
 * row. Prints the heap before the boards were opened, with them open and after the sweeper closed them, per round,
 * the difference per board, a control round with no abandoned tab (the noise of the reading), the time until the
 * tabs' live listeners and their UIs were gone, and the classes whose instances grew most from the baseline to
 * after the sweep. Measured without Vaadin's dev-mode component tracker, as in production (see {@link UiHeap}).
 * In production the sweep comes 3.1 heartbeat intervals after the last heartbeat plus at most one sweep interval
 * (see application.properties). Run with {@code ./mvnw -B -o -Pbench test -Dtest=AbandonedUiBench}
 * ({@code -Dkogge.bench.uis=N} for another number of tabs).
 */
class AbandonedUiBench extends KaribuTestBase {

    private static final int UIS = Integer.getInteger("kogge.bench.uis", 40);
    private static final int PROPOSALS = 500;

    @Autowired BoardFixtures boardFixtures;
    @Autowired BoardService boards;
    @Autowired LiveBroadcaster broadcaster;
    @Autowired AbandonedUiSweeper sweeper;

    private long eventId;
    private String board;
    private UI alive;
    private VaadinSession session;

    @Test
    void abandonedBoardsAreFreed() {
        String slug = boardFixtures.board(PROPOSALS);
        eventId = boards.eventIdOf(slug);
        board = "events/" + slug + "/proposals";
        UI.getCurrent().navigate(board);
        alive = UI.getCurrent();
        session = VaadinSession.getCurrent();
        AbandonedRound[] rounds = new AbandonedRound[3];
        Path[] histograms = new Path[3];
        UiHeap.withoutComponentTracker(() -> {
            histograms[0] = HeapHistogram.write();
            rounds[0] = round(100, UiHeap.settledUsedHeap());
            histograms[1] = HeapHistogram.write();
            rounds[1] = round(100 + UIS, UiHeap.settledUsedHeap());
            histograms[2] = HeapHistogram.write();
            rounds[2] = round(0, UiHeap.settledUsedHeap()); // no tab: what the reading alone moves
        });
        // With the dev-mode component tracker, which the tests have and production has not: a control.
        AbandonedRound tracked = round(100 + 2 * UIS, UiHeap.settledUsedHeap());
        // The tracker keeps each component's stack traces in weak-keyed maps, which drop the entries of collected
        // components only when they are next written to: here when one more component is created and attached.
        Span probe = new Span();
        alive.add(probe);
        alive.remove(probe);
        long trackedExpunged = UiHeap.settledUsedHeap();

        long heartbeat = session.getConfiguration().getHeartbeatInterval();
        AbandonedRound.printRounds("abandoned UIs", fixtures.databaseName(), String.format(Locale.ROOT,
                "one session, one board of %d proposals stays open; %d more tabs of the board are opened and "
                        + "abandoned, twice; heap used after full collections, without the dev-mode component tracker "
                        + "(as in production)", PROPOSALS, UIS), rounds, UIS, "the sweep began");
        tracked.print("dev-mode tracker on", "the sweep began");
        System.out.printf(Locale.ROOT, "dev-mode tracker on, once one more component was created and attached: "
                        + "%.2f MB (%+.1f KB against the round's start)%n", trackedExpunged / 1e6,
                (trackedExpunged - tracked.start()) / 1024.0);
        System.out.printf(Locale.ROOT, "in production an abandoned UI is closed %.1f-%.1f min after its last heartbeat"
                        + " (heartbeat %d s, 3.1 missed, sweep every 60 s); its memory goes with the next collection%n",
                heartbeat * 3.1 / 60, heartbeat * 3.1 / 60 + 1, heartbeat);
        System.out.println("classes that grew most in round 1 (bytes, instances; one-time growth shows here):");
        HeapHistogram.printGrowth(histograms[0], histograms[1]);
        System.out.println("classes that grew most in round 2:");
        HeapHistogram.printGrowth(histograms[1], histograms[2]);
        System.out.println("===");
    }

    /**
     * Opens {@code UIS} tabs of the board in the session (none if {@code firstId} is 0), abandons and sweeps them;
     * {@code start} is the heap reading before.
     */
    private AbandonedRound round(int firstId, long start) {
        int tabs = firstId == 0 ? 0 : UIS;
        List<WeakReference<UI>> opened = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            opened.add(new WeakReference<>(BrowserTabs.open(session, firstId + i, board)));
        }
        // The person is back in the first tab: it is the current UI again (Karibu holds the last one it made).
        BrowserTabs.switchTo(alive);
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(tabs + 1);
        assertThat(session.getUIs()).hasSize(tabs + 1);
        long open = UiHeap.settledUsedHeap();

        // The browser is killed: its tabs send no more heartbeats; the first tab stays alive.
        long timeout = session.getConfiguration().getHeartbeatInterval() * 1000L * 31 / 10;
        for (UI tab : session.getUIs()) {
            tab.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - (tab == alive ? 0 : timeout + 1000));
        }
        // The request is over: the session's lock is free for the sweeper's thread, as between requests.
        session.unlock();
        long t0 = System.nanoTime();
        CompletableFuture.runAsync(sweeper::sweep).join();
        long until = System.currentTimeMillis() + 30_000;
        while (broadcaster.listenerCount(BoardUpdates.TOPIC, eventId) > 1 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        double listenersGone = (System.nanoTime() - t0) / 1e9;
        while (opened.stream().anyMatch(r -> r.get() != null) && System.currentTimeMillis() < until) {
            System.gc();
        }
        double uisGone = (System.nanoTime() - t0) / 1e9;
        session.lock();
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(1);
        assertThat(session.getUIs()).containsExactly(alive);
        assertThat(opened).as("abandoned UIs collected").allMatch(r -> r.get() == null);
        return new AbandonedRound(tabs, start, open, UiHeap.settledUsedHeap(), listenersGone, uisGone);
    }
}
