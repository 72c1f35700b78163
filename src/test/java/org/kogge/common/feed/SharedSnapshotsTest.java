package org.kogge.common.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;

/**
 * The bounds of {@link SharedSnapshots} (entries, idle age, a change drops its event's snapshots) and that no bound
 * ever makes a page see data older than the last change committed before it asked.
 */
class SharedSnapshotsTest {

    private final ChangeStamps stamps = new ChangeStamps(Clock.systemUTC());
    private final AtomicLong nanos = new AtomicLong();
    private final SharedSnapshots snapshots = new SharedSnapshots(stamps, 8, Duration.ofMinutes(10), nanos::get);
    private final AtomicInteger computed = new AtomicInteger();

    private String board(long eventId) {
        return snapshots.get("board", eventId, () -> "board of " + eventId + " #" + computed.incrementAndGet());
    }

    @Test
    void keepsNoMoreSnapshotsThanItsBound() {
        for (long event = 1; event <= 100; event++) {
            board(event);
            assertThat(snapshots.size()).isLessThanOrEqualTo(8);
        }
        assertThat(snapshots.size()).isEqualTo(8);
    }

    @Test
    void sharesASnapshotUntilItsEventChanges() {
        String first = board(1);

        assertThat(board(1)).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aChangeDropsTheSnapshotsOfItsEventOnly() {
        board(1);
        snapshots.get("programme", 1, () -> "programme of 1");
        String other = board(2);

        stamps.liveChanged(1);

        assertThat(snapshots.size()).as("only event 2's board is left").isEqualTo(1);
        assertThat(board(2)).isSameAs(other);
        assertThat(board(1)).isEqualTo("board of 1 #3");
    }

    @Test
    void aChangeOfAllEventsDropsEverySnapshot() {
        board(1);
        board(2);

        stamps.allChanged();

        assertThat(snapshots.size()).isZero();
        assertThat(board(1)).isEqualTo("board of 1 #3");
    }

    @Test
    void aSnapshotNobodyAskedForAgesOut() {
        board(1);
        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        board(1); // asked again: its age starts anew
        board(2);
        nanos.addAndGet(Duration.ofMinutes(9).toNanos());
        board(2);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());

        assertThat(snapshots.size()).as("event 1 was idle for 11 minutes, event 2 for 2").isEqualTo(1);
        assertThat(board(1)).isEqualTo("board of 1 #3");
        assertThat(board(2)).isEqualTo("board of 2 #2");
    }

    @Test
    void aChangeWhileASnapshotIsComputedIsSeenByTheNextPage() {
        String during = snapshots.get("board", 1, () -> {
            stamps.liveChanged(1); // committed after the stamp was read, before the snapshot is kept
            return "before the change";
        });

        assertThat(during).isEqualTo("before the change");
        assertThat(board(1)).as("computed again, not served from the kept one").isEqualTo("board of 1 #1");
    }

    /**
     * Pages of 20 events ask while their events change, with room for only 8 snapshots, so that evictions by count
     * and by change race with computations: every page gets a snapshot at least as new as the last change whose
     * commit was complete (its stamp moved) before it asked.
     */
    @Test
    void evictionNeverServesStaleData() throws Exception {
        int events = 20;
        AtomicLongArray data = new AtomicLongArray(events);
        AtomicLongArray committed = new AtomicLongArray(events);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> pages = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                boolean writer = t < 2;
                pages.add(pool.submit(() -> {
                    int stale = 0;
                    for (int i = 0; i < 5_000; i++) {
                        int event = ThreadLocalRandom.current().nextInt(events);
                        if (writer) {
                            long written = data.incrementAndGet(event);
                            stamps.liveChanged(event); // after the write, as the post-commit listener does
                            committed.accumulateAndGet(event, written, Math::max);
                        } else {
                            long seen = committed.get(event);
                            long shown = snapshots.get("board", event, () -> data.get(event));
                            stale += shown < seen ? 1 : 0;
                        }
                    }
                    return stale;
                }));
            }
            for (Future<Integer> page : pages) {
                assertThat(page.get(60, TimeUnit.SECONDS)).as("snapshots older than what the page asked after")
                        .isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(snapshots.size()).isLessThanOrEqualTo(8);
    }
}
