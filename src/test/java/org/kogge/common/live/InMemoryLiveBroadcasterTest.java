package org.kogge.common.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Races;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-memory broadcaster with the app's real transaction manager: notices after commit only, per topic and key,
 * throttled, robust against failing listeners, and never losing a listener when pages come and go at once.
 */
class InMemoryLiveBroadcasterTest extends ServiceTestBase {

    static final LiveTopic<Long> BOARD = new LiveTopic<>("board", Long.class);
    static final LiveTopic<Long> SCHEDULE = new LiveTopic<>("schedule", Long.class);

    @Autowired PlatformTransactionManager transactions;

    InMemoryLiveBroadcaster live = new InMemoryLiveBroadcaster(topic -> Duration.ZERO);

    @AfterEach
    void stop() {
        live.stop();
    }

    /** Counts a listener's notices and lets a test wait for them. */
    static final class Heard implements Runnable {
        final AtomicInteger count = new AtomicInteger();
        final CountDownLatch first = new CountDownLatch(1);

        @Override
        public void run() {
            count.incrementAndGet();
            first.countDown();
        }

        void await() throws InterruptedException {
            assertThat(first.await(5, TimeUnit.SECONDS)).as("notice heard").isTrue();
        }
    }

    /**
     * Notices of one broadcaster leave one by one in the order they were announced, so once a later notice arrived
     * an earlier one would have, too: that is how a test sees that something was not heard.
     */
    private void afterAllEarlierNotices() throws Exception {
        Heard marker = new Heard();
        LiveBroadcaster.Subscription s = live.subscribe(BOARD, -1L, marker);
        // From a thread of its own: outside any transaction of the test's thread.
        CompletableFuture.runAsync(() -> live.publish(BOARD, -1L)).get(5, TimeUnit.SECONDS);
        marker.await();
        s.close();
    }

    /** A listener of board 7 hears of a change of it, published in a transaction that then does the rest. */
    private Heard publishInTransaction(BiConsumer<TransactionStatus, Heard> rest) {
        Heard heard = new Heard();
        live.subscribe(BOARD, 7L, heard);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            live.publish(BOARD, 7L);
            rest.accept(tx, heard);
        });
        return heard;
    }

    @Test
    void aNoticeReachesTheListenersOfItsTopicAndKeyOnly() throws Exception {
        Heard first = new Heard();
        Heard second = new Heard();
        Heard otherEvent = new Heard();
        Heard otherTopic = new Heard();
        live.subscribe(BOARD, 7L, first);
        live.subscribe(BOARD, 7L, second);
        live.subscribe(BOARD, 8L, otherEvent);
        live.subscribe(SCHEDULE, 7L, otherTopic);

        live.publish(BOARD, 7L);

        first.await();
        second.await();
        afterAllEarlierNotices();
        assertThat(otherEvent.count).hasValue(0);
        assertThat(otherTopic.count).hasValue(0);
    }

    @Test
    void insideATransactionTheNoticeWaitsForTheCommit() throws Exception {
        Heard heard = publishInTransaction((tx, listener) -> {
            try {
                afterAllEarlierNotices();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(listener.count).as("not before the commit").hasValue(0);
        });

        heard.await();
        assertThat(heard.count).hasValue(1);
    }

    @Test
    void aRollbackNotifiesNobody() throws Exception {
        Heard heard = publishInTransaction((tx, listener) -> tx.setRollbackOnly());

        afterAllEarlierNotices();
        assertThat(heard.count).hasValue(0);
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() throws Exception {
        live.subscribe(BOARD, 7L, () -> {
            throw new IllegalStateException("a page that broke");
        });
        Heard heard = new Heard();
        live.subscribe(BOARD, 7L, heard);

        live.publish(BOARD, 7L);

        heard.await();
    }

    @Test
    void closingASubscriptionStopsItsNoticesOnlyAndMayBeRepeated() throws Exception {
        Heard heard = new Heard();
        LiveBroadcaster.Subscription once = live.subscribe(BOARD, 7L, heard);
        LiveBroadcaster.Subscription twice = live.subscribe(BOARD, 7L, heard);
        assertThat(live.listenerCount(BOARD, 7L)).isEqualTo(2);

        once.close();
        once.close();

        assertThat(live.listenerCount(BOARD, 7L)).isEqualTo(1);
        live.publish(BOARD, 7L);
        heard.await();
        twice.close();
        assertThat(live.listenerCount(BOARD, 7L)).isZero();
    }

    /**
     * The first change of a burst reaches the pages at once, not after the throttle (a minute here); the rest of the
     * burst waits for the throttle and then makes one notice.
     */
    @Test
    void aBurstOfChangesCausesOneNoticeAtOnceAndTheRestWaitForTheThrottle() throws Exception {
        InMemoryLiveBroadcaster throttled = new InMemoryLiveBroadcaster(topic -> Duration.ofMinutes(1));
        try {
            Heard heard = new Heard();
            throttled.subscribe(BOARD, 7L, heard);
            for (int i = 0; i < 50; i++) {
                throttled.publish(BOARD, 7L);
            }
            heard.await();
            noticeOfAnotherKey(throttled);
            assertThat(heard.count).as("the rest of the burst waits for the minute").hasValue(1);
        } finally {
            throttled.stop();
        }
    }

    /**
     * Two listener threads: a listener that is slow (a busy page) does not hold up the next one, never runs twice at
     * once, and the notices that came while it ran join one more run after it.
     */
    @Test
    void aSlowListenerHoldsUpNobodyAndHearsItsNoticesOneRunAtATime() throws Exception {
        InMemoryLiveBroadcaster pooled = new InMemoryLiveBroadcaster(topic -> Duration.ZERO, 2);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            AtomicInteger runs = new AtomicInteger();
            pooled.subscribe(BOARD, 7L, () -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                runs.incrementAndGet();
                running.decrementAndGet();
            });
            Heard quick = new Heard();
            pooled.subscribe(BOARD, 7L, quick);

            pooled.publish(BOARD, 7L);
            assertThat(started.await(5, TimeUnit.SECONDS)).as("the slow listener runs").isTrue();
            quick.await();
            for (int i = 0; i < 5; i++) {
                pooled.publish(BOARD, 7L);
                int before = i + 1;
                waitFor(() -> quick.count.get() > before);
            }
            assertThat(runs).as("still blocked").hasValue(0);
            release.countDown();
            waitFor(() -> runs.get() >= 2);
            pooled.publish(BOARD, 7L);
            // Each listener runs on its own: wait for both to have heard the last notice.
            waitFor(() -> runs.get() >= 3 && quick.count.get() >= 7);

            assertThat(quick.count).hasValue(7);
            assertThat(runs).as("the first notice, the five that waited together, the last").hasValue(3);
            assertThat(mostAtOnce).as("never two runs of one listener at once").hasValue(1);
        } finally {
            pooled.stop();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
            Thread.sleep(5);
        }
    }

    /**
     * kogge.board.throttle set to 2 s, kogge.schedule.throttle left at its 300 ms: the first notice of each goes out
     * at once; of the second ones, the schedule's comes first.
     */
    @Test
    void eachTopicsThrottleComesFromItsSetting() throws Exception {
        InMemoryLiveBroadcaster configured = new InMemoryLiveBroadcaster(
                new MockEnvironment().withProperty("kogge.board.throttle", "2s"));
        try {
            Heard board = new Heard();
            Heard schedule = new Heard();
            configured.subscribe(BOARD, 7L, board);
            configured.subscribe(SCHEDULE, 7L, schedule);
            configured.publish(BOARD, 7L);
            configured.publish(SCHEDULE, 7L);
            board.await();
            schedule.await();

            configured.publish(BOARD, 7L);
            configured.publish(SCHEDULE, 7L);

            waitFor(() -> schedule.count.get() == 2);
            assertThat(board.count).as("the board waits longer").hasValue(1);
            waitFor(() -> board.count.get() == 2);
        } finally {
            configured.stop();
        }
    }

    /** Publishes a change of board 8 and waits until its listener heard it. */
    private static void noticeOfAnotherKey(InMemoryLiveBroadcaster broadcaster) throws InterruptedException {
        Heard marker = new Heard();
        broadcaster.subscribe(BOARD, 8L, marker);
        broadcaster.publish(BOARD, 8L);
        marker.await();
    }

    /**
     * Many pages of one event come and go at the same moment, while changes are published: the pages that stay
     * are all still registered afterwards and all hear the next change. (Before, a page that subscribed just when
     * the last other page left could be added to the set being dropped, and never heard anything.)
     */
    @Test
    void pagesComingAndGoingAtOnceNeverLoseAListener() throws Exception {
        int stayers = 64;
        List<Heard> staying = new ArrayList<>();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < stayers; i++) {
            Heard heard = new Heard();
            staying.add(heard);
            tasks.add(() -> {
                comeAndGo(50);
                live.subscribe(BOARD, 7L, heard);
                return true;
            });
            tasks.add(() -> {
                comeAndGo(200);
                return true;
            });
            if (i % 8 == 0) {
                tasks.add(() -> {
                    for (int n = 0; n < 200; n++) {
                        live.publish(BOARD, 7L);
                    }
                    return true;
                });
            }
        }

        Races.race(tasks);

        assertThat(live.listenerCount(BOARD, 7L)).isEqualTo(stayers);
        live.publish(BOARD, 7L);
        for (Heard heard : staying) {
            heard.await();
        }
    }

    /**
     * The narrow case itself, many times over: the last page of an event leaves just when another one comes. The
     * one that came must be registered afterwards, every time.
     */
    @Test
    void theLastPageLeavingWhileAnotherComesNeverLosesTheNewOne() throws Exception {
        int rounds = 20_000;
        CyclicBarrier together = new CyclicBarrier(2);
        AtomicReference<LiveBroadcaster.Subscription> leaving = new AtomicReference<>();
        AtomicReference<LiveBroadcaster.Subscription> coming = new AtomicReference<>();
        List<Integer> lost = new ArrayList<>();
        CompletableFuture<Void> leaver = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < rounds; round++) {
                await(together);
                leaving.get().close();
                await(together);
            }
        });
        for (int round = 0; round < rounds; round++) {
            leaving.set(live.subscribe(BOARD, 7L, () -> { }));
            await(together);
            coming.set(live.subscribe(BOARD, 7L, () -> { }));
            await(together);
            if (live.listenerCount(BOARD, 7L) != 1) {
                lost.add(round);
            }
            coming.get().close();
        }
        leaver.get(1, TimeUnit.MINUTES);
        assertThat(lost).as("rounds in which the new page was lost").isEmpty();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void comeAndGo(int times) {
        for (int n = 0; n < times; n++) {
            live.subscribe(BOARD, 7L, () -> { }).close();
        }
    }
}
