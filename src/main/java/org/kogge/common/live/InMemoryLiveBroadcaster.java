package org.kogge.common.live;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 */
@Component
public class InMemoryLiveBroadcaster implements LiveBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryLiveBroadcaster.class);
    private static final Duration DEFAULT_THROTTLE = Duration.ofMillis(300);

    /** One topic and key: the unit of subscription and of throttling. */
    private record Channel(LiveTopic<?> topic, Object key) {
    }

    private final Map<Channel, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Set<Channel> pending = ConcurrentHashMap.newKeySet();
    private final Map<LiveTopic<?>, Long> throttles = new ConcurrentHashMap<>();
    private final Function<LiveTopic<?>, Duration> throttle;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kogge-live-broadcaster");
        t.setDaemon(true);
        return t;
    });

    /** Reads each topic's throttle from {@code kogge.<topic>.throttle} (such as {@code 300ms}). */
    @Autowired
    public InMemoryLiveBroadcaster(Environment environment) {
        this(topic -> {
            String value = environment.getProperty(topic.throttleProperty());
            return value == null || value.isBlank() ? DEFAULT_THROTTLE : DurationStyle.detectAndParse(value.strip());
        });
    }

    /** With the throttle per topic given (tests use {@link Duration#ZERO}). */
    public InMemoryLiveBroadcaster(Function<LiveTopic<?>, Duration> throttle) {
        this.throttle = throttle;
    }

    @Override
    public <K> Subscription subscribe(LiveTopic<K> topic, K key, Runnable listener) {
        Channel channel = channel(topic, key);
        // A wrapper of its own, so that the same listener subscribed twice is also removed once at a time.
        Runnable entry = listener::run;
        listeners.compute(channel, (c, set) -> {
            Set<Runnable> next = set == null ? new CopyOnWriteArraySet<>() : set;
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
                        schedule(channel);
                    }
                }
            });
        } else {
            schedule(channel);
        }
    }

    @Override
    public <K> int listenerCount(LiveTopic<K> topic, K key) {
        return listeners.getOrDefault(channel(topic, key), Set.of()).size();
    }

    private static <K> Channel channel(LiveTopic<K> topic, K key) {
        return new Channel(topic, topic.keyType().cast(Objects.requireNonNull(key, "key")));
    }

    /** Throttled: the first notice of a burst waits for the topic's throttle, the others of that burst join it. */
    private void schedule(Channel channel) {
        if (pending.add(channel)) {
            long millis = throttles.computeIfAbsent(channel.topic(), t -> throttle.apply(t).toMillis());
            timer.schedule(() -> fire(channel), millis, TimeUnit.MILLISECONDS);
        }
    }

    private void fire(Channel channel) {
        pending.remove(channel);
        for (Runnable listener : listeners.getOrDefault(channel, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A listener of {} {} failed", channel.topic().name(), channel.key(), e);
            }
        }
    }

    /** Stops the broadcaster's thread; no notice goes out afterwards. */
    @PreDestroy
    public void stop() {
        timer.shutdownNow();
    }
}
