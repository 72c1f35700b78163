package org.kogge.common.live;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link LiveBroadcaster} of a single app node: listeners are kept in memory per topic and key. Subscribing and
 * unsubscribing are one atomic step each per key ({@link ConcurrentHashMap#compute}), so that a page that subscribes
 * while the last other page of the same key leaves is never dropped with the emptied set. A listener that throws does
 * not keep the others from hearing the news.
 * <p>
 * Listeners run on a small pool of {@code kogge.live.threads} threads (default 4), not one after the other on the
 * timer's thread: with hundreds of open pages, each listener locks its page's session and pushes to its browser, and
 * one slow page (a busy session, a slow connection) must not hold up the others. Each listener still runs once at a
 * time and hears its notices in order: a notice that arrives while it runs makes it run once more afterwards, and
 * notices that pile up meanwhile join that one run (a live page reloads what is current, so one run covers them).
 * <p>
 * Each topic's throttle ({@code kogge.<topic>.throttle}, 300 ms) spaces out the notices of one key: the first goes out
 * at once, the next no sooner than the throttle after it, with all that came meanwhile. (The first used to wait for
 * the throttle too: 300 ms more for every single vote to reach the open boards, issue 12.)
 */
@Component
public class InMemoryLiveBroadcaster implements LiveBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryLiveBroadcaster.class);
    private static final Duration DEFAULT_THROTTLE = Duration.ofMillis(300);

    /** One topic and key: the unit of subscription and of throttling. */
    private record Channel(LiveTopic<?> topic, Object key) {
    }

    private static final int DEFAULT_THREADS = 4;

    private final Map<Channel, Set<Delivery>> listeners = new ConcurrentHashMap<>();
    private final Set<Channel> pending = ConcurrentHashMap.newKeySet();
    /** When the last notice of a channel went out ({@link System#nanoTime}), while its throttle lasts. */
    private final Map<Channel, Long> lastFired = new ConcurrentHashMap<>();
    /** The sequence of every change announced, and per channel the number of its last one (see {@link #lastChange}). */
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Channel, Long> lastChanges = new ConcurrentHashMap<>();
    private final Map<LiveTopic<?>, Long> throttles = new ConcurrentHashMap<>();
    private final Function<LiveTopic<?>, Duration> throttle;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemons("kogge-live-broadcaster"));
    private final ExecutorService pool;

    /**
     * Reads each topic's throttle from {@code kogge.<topic>.throttle} (such as {@code 300ms}) and the size of the
     * listeners' pool from {@code kogge.live.threads}.
     */
    @Autowired
    public InMemoryLiveBroadcaster(Environment environment) {
        this(topic -> {
            String value = environment.getProperty(topic.throttleProperty());
            return value == null || value.isBlank() ? DEFAULT_THROTTLE : DurationStyle.detectAndParse(value.strip());
        }, environment.getProperty("kogge.live.threads", Integer.class, DEFAULT_THREADS));
    }

    /**
     * With the throttle per topic given (tests use {@link Duration#ZERO}) and one listener thread, so that notices
     * reach the listeners in the order they were announced (tests rely on it to see that something was not heard).
     */
    public InMemoryLiveBroadcaster(Function<LiveTopic<?>, Duration> throttle) {
        this(throttle, 1);
    }

    /** With the throttle per topic and the number of threads that run listeners given. */
    public InMemoryLiveBroadcaster(Function<LiveTopic<?>, Duration> throttle, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("kogge.live.threads must be at least 1, not " + threads);
        }
        this.throttle = throttle;
        this.pool = Executors.newFixedThreadPool(threads, daemons("kogge-live-listener"));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger number = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <K> Subscription subscribe(LiveTopic<K> topic, K key, Runnable listener) {
        Channel channel = channel(topic, key);
        // An entry of its own, so that the same listener subscribed twice is also removed once at a time.
        Delivery entry = new Delivery(channel, listener);
        listeners.compute(channel, (c, set) -> {
            Set<Delivery> next = set == null ? new CopyOnWriteArraySet<>() : set;
            next.add(entry);
            return next;
        });
        return () -> listeners.computeIfPresent(channel, (c, set) -> {
            set.remove(entry);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public <K> void publish(LiveTopic<K> topic, K key) {
        Channel channel = channel(topic, key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // afterCompletion, not afterCommit: it also runs for a notice announced from another afterCommit callback.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        announce(channel);
                    }
                }
            });
        } else {
            announce(channel);
        }
    }

    @Override
    public long sequence() {
        return sequence.get();
    }

    @Override
    public <K> long lastChange(LiveTopic<K> topic, K key) {
        return lastChanges.getOrDefault(channel(topic, key), 0L);
    }

    /** A committed change: numbered before anybody hears of it, so that a page notified of it sees it is new. */
    private void announce(Channel channel) {
        lastChanges.merge(channel, sequence.incrementAndGet(), Math::max);
        schedule(channel);
    }

    @Override
    public <K> int listenerCount(LiveTopic<K> topic, K key) {
        return listeners.getOrDefault(channel(topic, key), Set.of()).size();
    }

    private static <K> Channel channel(LiveTopic<K> topic, K key) {
        return new Channel(topic, topic.keyType().cast(Objects.requireNonNull(key, "key")));
    }

    /**
     * Throttled: a notice goes out at once if the channel's last one went out at least the topic's throttle ago, else
     * when the throttle has passed since then; the notices that come meanwhile join it. So a single change reaches
     * the pages without waiting, and a burst of changes still reaches them at most once per throttle.
     */
    private void schedule(Channel channel) {
        if (pending.add(channel)) {
            long throttleNanos = throttleNanos(channel);
            Long last = lastFired.get(channel);
            long wait = last == null ? 0 : Math.max(0, last + throttleNanos - System.nanoTime());
            timer.schedule(() -> fire(channel), wait, TimeUnit.NANOSECONDS);
        }
    }

    private long throttleNanos(Channel channel) {
        return throttles.computeIfAbsent(channel.topic(), t -> throttle.apply(t).toNanos());
    }

    private void fire(Channel channel) {
        long now = System.nanoTime();
        // Before the notice is no longer pending: a notice from now on waits for the throttle.
        lastFired.put(channel, now);
        pending.remove(channel);
        for (Delivery delivery : listeners.getOrDefault(channel, Set.of())) {
            delivery.notice();
        }
        // Once the throttle has passed, the time is of no use: forgotten, unless a later notice went out meanwhile.
        timer.schedule(() -> lastFired.remove(channel, now), throttleNanos(channel), TimeUnit.NANOSECONDS);
    }

    /** Stops the broadcaster's threads; no notice goes out afterwards. */
    @PreDestroy
    public void stop() {
        timer.shutdownNow();
        pool.shutdownNow();
    }

    /**
     * One listener's notices, handed to the pool: never two runs of the listener at once, and a notice that comes
     * while it runs gives one more run after it (however many came).
     */
    private final class Delivery {
        private final Channel channel;
        private final Runnable listener;
        /** A run is queued or going on. */
        private final AtomicBoolean scheduled = new AtomicBoolean();
        /** A notice came that no run has started to answer yet. */
        private final AtomicBoolean unheard = new AtomicBoolean();

        Delivery(Channel channel, Runnable listener) {
            this.channel = channel;
            this.listener = listener;
        }

        void notice() {
            unheard.set(true);
            if (scheduled.compareAndSet(false, true)) {
                pool.execute(this::drain);
            }
        }

        private void drain() {
            try {
                while (unheard.getAndSet(false)) {
                    runListener();
                }
            } finally {
                scheduled.set(false);
                // A notice between the last check and the release above would otherwise wait for the next one.
                if (unheard.get() && scheduled.compareAndSet(false, true)) {
                    pool.execute(this::drain);
                }
            }
        }

        private void runListener() {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A listener of {} {} failed", channel.topic().name(), channel.key(), e);
            }
        }
    }
}
