package org.kogge.schedule;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open public schedule pages and "now" boards that their event's schedule changed, once the change is
 * committed ({@link ScheduleChanged}). Listeners run on the broadcaster's own thread, never on the writer's, and
 * bursts are throttled to one notice per event per {@code kogge.schedule.throttle} (default 300 ms), so that an
 * organizer moving ten sessions in a row causes a few refreshes, not ten.
 */
@Component
public class PublicScheduleBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(PublicScheduleBroadcaster.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kogge-schedule-broadcaster");
        t.setDaemon(true);
        return t;
    });
    private final long throttleMillis;

    public PublicScheduleBroadcaster(@Value("${kogge.schedule.throttle:300ms}") Duration throttle) {
        this.throttleMillis = throttle.toMillis();
    }

    /** Registers a listener for an event's schedule; the returned handle removes it (call it on detach). */
    public Runnable register(long eventId, Runnable listener) {
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(eventId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many pages listen to the event right now (for tests that check that closed pages stop listening). */
    public int listenerCount(long eventId) {
        return listeners.getOrDefault(eventId, Set.of()).size();
    }

    /** After the change is committed (at once when it was published outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ScheduleChanged change) {
        if (pending.add(change.eventId())) {
            timer.schedule(() -> fire(change.eventId()), throttleMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void fire(long eventId) {
        pending.remove(eventId);
        for (Runnable listener : listeners.getOrDefault(eventId, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A schedule listener failed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
