package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.management.ObjectName;
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
        Round[] rounds = new Round[3];
        Path[] histograms = new Path[3];
        UiHeap.withoutComponentTracker(() -> {
            histograms[0] = histogram();
            rounds[0] = round(100, UiHeap.settledUsedHeap());
            histograms[1] = histogram();
            rounds[1] = round(100 + UIS, UiHeap.settledUsedHeap());
            histograms[2] = histogram();
            rounds[2] = round(0, UiHeap.settledUsedHeap()); // no tab: what the reading alone moves
        });
        // With the dev-mode component tracker, which the tests have and production has not: a control.
        Round tracked = round(100 + 2 * UIS, UiHeap.settledUsedHeap());
        // The tracker keeps each component's stack traces in weak-keyed maps, which drop the entries of collected
        // components only when they are next written to: here when one more component is created and attached.
        Span probe = new Span();
        alive.add(probe);
        alive.remove(probe);
        long trackedExpunged = UiHeap.settledUsedHeap();

        long heartbeat = session.getConfiguration().getHeartbeatInterval();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "%n=== Kogge abandoned UIs (%s, load average %.1f) ===%n",
                fixtures.databaseName(), load);
        System.out.printf(Locale.ROOT, "one session, one board of %d proposals stays open; %d more tabs of the board"
                + " are opened and abandoned, twice; heap used after full collections, without the dev-mode component"
                + " tracker (as in production)%n", PROPOSALS, UIS);
        rounds[0].print("round 1");
        rounds[1].print("round 2");
        rounds[2].print("control, 0 tabs");
        tracked.print("dev-mode tracker on");
        System.out.printf(Locale.ROOT, "dev-mode tracker on, once one more component was created and attached: "
                        + "%.2f MB (%+.1f KB against the round's start)%n", trackedExpunged / 1e6,
                (trackedExpunged - tracked.start()) / 1024.0);
        System.out.printf(Locale.ROOT, "not returned per abandoned board: round 1 %.1f KB, round 2 %.1f KB; noise: the "
                        + "control round moved %.1f KB, %.1f KB per board of a round%n",
                rounds[0].kept() / 1024.0 / UIS, rounds[1].kept() / 1024.0 / UIS, rounds[2].kept() / 1024.0,
                rounds[2].kept() / 1024.0 / UIS);
        System.out.printf(Locale.ROOT, "in production an abandoned UI is closed %.1f-%.1f min after its last heartbeat"
                        + " (heartbeat %d s, 3.1 missed, sweep every 60 s); its memory goes with the next collection%n",
                heartbeat * 3.1 / 60, heartbeat * 3.1 / 60 + 1, heartbeat);
        System.out.println("classes that grew most in round 1 (bytes, instances; one-time growth shows here):");
        printGrowth(histograms[0], histograms[1]);
        System.out.println("classes that grew most in round 2:");
        printGrowth(histograms[1], histograms[2]);
        System.out.println("===");
    }

    /** One round's readings and timings. */
    private record Round(int tabs, long start, long open, long after, double listenersGoneMillis,
                         double uisGoneMillis) {

        long kept() {
            return after - start;
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "%s: before %.2f MB, %d tabs open %.2f MB (%.1f KB per board), after the "
                            + "sweep %.2f MB (%+.1f KB); listeners gone %.0f ms and UIs collected %.0f ms after the "
                            + "sweep began%n", name, start / 1e6, tabs, open / 1e6,
                    tabs == 0 ? 0 : (open - start) / 1024.0 / tabs, after / 1e6, kept() / 1024.0,
                    listenersGoneMillis, uisGoneMillis);
        }
    }

    /**
     * Opens {@code UIS} tabs of the board in the session (none if {@code firstId} is 0), abandons and sweeps them;
     * {@code start} is the heap reading before.
     */
    private Round round(int firstId, long start) {
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
        double listenersGone = (System.nanoTime() - t0) / 1e6;
        while (opened.stream().anyMatch(r -> r.get() != null) && System.currentTimeMillis() < until) {
            System.gc();
        }
        double uisGone = (System.nanoTime() - t0) / 1e6;
        session.lock();
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(1);
        assertThat(session.getUIs()).containsExactly(alive);
        assertThat(opened).as("abandoned UIs collected").allMatch(r -> r.get() == null);
        return new Round(tabs, start, open, UiHeap.settledUsedHeap(), listenersGone, uisGone);
    }

    /**
     * The live objects' bytes and instances per class (a full collection first), as {@code jcmd GC.class_histogram},
     * written to a file: kept in the heap, it would be counted by the next reading.
     */
    private static Path histogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Path file = Files.createTempFile("kogge-histogram", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, text);
            return file;
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    private static Map<String, long[]> read(Path histogram) {
        try {
            Map<String, long[]> classes = new HashMap<>();
            for (String line : Files.readAllLines(histogram)) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length >= 4 && cols[0].endsWith(":")) {
                    classes.merge(cols[3], new long[] {Long.parseLong(cols[2]), Long.parseLong(cols[1])},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            return classes;
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    private static void printGrowth(Path fromFile, Path toFile) {
        Map<String, long[]> from = read(fromFile);
        read(toFile).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - from.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - from.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .limit(Integer.getInteger("kogge.bench.classes", 15))
                .forEach(e -> System.out.printf(Locale.ROOT, "  %+10d %+7d %s%n", e.getValue()[0], e.getValue()[1],
                        e.getKey()));
    }
}
