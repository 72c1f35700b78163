package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.lang.ref.WeakReference;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardUpdates;
import org.kogge.testing.BoardFixtures;
import org.kogge.testing.Fixtures;
import org.kogge.testing.UiHeap;
import org.kogge.ui.AbandonedUiSweeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Abandoned UIs on the production path: a real server, one browser (one HTTP session) opens 40 proposal boards of
 * 500 proposals at protocol level (page request, push WebSocket and heartbeats, {@link VaadinClient}) and is killed:
 * its sockets drop, no more heartbeats, no unload beacon. The heartbeat is 1 s and the sweep every second here (production: 60 s and
 * 60 s), so the sweeper closes the UIs some 3-4 s later. Prints the heap before, with the boards open and after they
 * were swept, for two rounds and a control round without tabs, the seconds until the listeners were gone and until
 * the UIs were collected. Without the dev-mode component tracker, as in production. Run with
 * {@code ./mvnw -B -o -Pbench test -Dtest=AbandonedUiServerBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.componentTracker.enabled=false", "vaadin.heartbeatInterval=1",
        "kogge.ui.sweep-interval=1s"})
class AbandonedUiServerBench {

    private static final int UIS = Integer.getInteger("kogge.bench.uis", 40);
    private static final int PROPOSALS = 500;
    private static final long PATIENCE_SECONDS = 120;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired BoardFixtures boardFixtures;
    @Autowired BoardService boards;
    @Autowired LiveBroadcaster broadcaster;
    @Autowired AbandonedUiSweeper sweeper;
    @Autowired UiWatch watch;

    private final ExecutorService io = Executors.newFixedThreadPool(2);
    /** The browser of the current round: killed, it drops all its connections. */
    private volatile HttpClient http;
    /** The browser's heartbeats: every open tab sends one every half second (the interval is 1 s here). */
    private final ScheduledExecutorService browser = Executors.newSingleThreadScheduledExecutor();
    private final List<VaadinClient> beating = new CopyOnWriteArrayList<>();
    private long eventId;
    private String path;

    /** Every UI the server creates, held weakly: the bench sees when the abandoned ones are collected. */
    @TestConfiguration
    static class UiWatch implements VaadinServiceInitListener {
        final List<WeakReference<UI>> uis = new CopyOnWriteArrayList<>();

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addUIInitListener(e -> uis.add(new WeakReference<>(e.getUI())));
        }

        boolean allCollected() {
            return uis.stream().allMatch(r -> r.get() == null);
        }
    }

    @AfterEach
    void stop() {
        browser.shutdownNow();
        io.shutdownNow();
    }

    @Test
    void abandonedBoardsAreFreedOnARealServer() {
        fixtures.reset();
        String slug = boardFixtures.board(PROPOSALS);
        eventId = boards.eventIdOf(slug);
        path = "/events/" + slug + "/proposals";
        browser.scheduleAtFixedRate(() -> beating.forEach(c -> c.heartbeat(http, base())), 500, 500,
                TimeUnit.MILLISECONDS);
        AbandonedRound[] rounds = new AbandonedRound[3];
        Path[] histograms = new Path[2];
        UiHeap.withoutComponentTracker(() -> {
            rounds[0] = round(UIS);
            histograms[0] = HeapHistogram.write();
            rounds[1] = round(UIS);
            histograms[1] = HeapHistogram.write();
            rounds[2] = round(0); // no tab: what the reading and a few seconds of an idle server move
        });
        AbandonedRound.printRounds("abandoned UIs on a real server", fixtures.databaseName(), String.format(
                Locale.ROOT, "one browser (one HTTP session) opens %d boards of %d proposals (page, push WebSocket, "
                        + "heartbeats) and is killed, twice; heartbeat 1 s, sweep every 1 s; heap used after full "
                        + "collections, without the dev-mode component tracker", UIS, PROPOSALS), rounds, UIS,
                "the kill");
        System.out.printf(Locale.ROOT, "Vaadin sessions alive: %d (the browsers', until they expire)%n",
                sweeper.sessionCount());
        System.out.println("classes that grew most in round 2 (bytes, instances):");
        HeapHistogram.printGrowth(histograms[0], histograms[1]);
        System.out.println("===");
    }

    private AbandonedRound round(int tabs) {
        long start = UiHeap.settledUsedHeap();
        List<VaadinClient> clients = new ArrayList<>();
        String session = null;
        http = HttpClient.newBuilder().executor(io).build();
        try {
            for (int i = 0; i < tabs; i++) {
                VaadinClient client = VaadinClient.open(http, base(), path, session)
                        .get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                assertThat(client.heartbeat(http, base()).get(PATIENCE_SECONDS, TimeUnit.SECONDS))
                        .as("heartbeat answered").isEqualTo(200);
                session = client.sessionId();
                clients.add(client);
                beating.add(client);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not open the boards", e);
        }
        assertThat(clients).allMatch(VaadinClient::connected);
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(tabs);
        long open = UiHeap.settledUsedHeap();

        // The browser is killed: its sockets drop, and no heartbeat or beacon comes any more.
        beating.clear();
        clients.forEach(VaadinClient::close);
        http.shutdownNow();
        clients.clear();
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (broadcaster.listenerCount(BoardUpdates.TOPIC, eventId) > 0 && System.nanoTime() < deadline) {
            pause();
        }
        double listenersGone = (System.nanoTime() - t0) / 1e9;
        while (!watch.allCollected() && System.nanoTime() < deadline) {
            System.gc();
            pause();
        }
        double uisGone = (System.nanoTime() - t0) / 1e9;
        if (tabs == 0) {
            pause(5_000); // as long as a round with tabs waits for the sweep
        }
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isZero();
        assertThat(watch.allCollected()).as("abandoned UIs collected").isTrue();
        return new AbandonedRound(tabs, start, open, UiHeap.settledUsedHeap(), listenersGone, uisGone);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void pause() {
        pause(20);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
