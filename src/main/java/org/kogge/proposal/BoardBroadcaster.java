package org.kogge.proposal;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open proposal boards that their event changed (a vote, a proposal, a withdrawal), after the change is
 * committed. Bursts are throttled: one notice per event per {@code kogge.board.throttle} (default 300 ms), so that
 * fifty votes in a second cause a handful of refreshes, not fifty.
 */
@Component
public class BoardBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final Map<Long, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kogge-board-broadcaster");
        t.setDaemon(true);
        return t;
    });
    private final long throttleMillis;

    public BoardBroadcaster(@Value("${kogge.board.throttle:300ms}") java.time.Duration throttle) {
        this.throttleMillis = throttle.toMillis();
    }

    /** Registers a listener for an event's board; the returned handle removes it (call it on detach). */
    public Runnable register(long eventId, Consumer<Long> listener) {
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(eventId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Announces a change of the event's board once the current transaction commits (at once without one). */
    public void changed(long eventId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    schedule(eventId);
                }
            });
        } else {
            schedule(eventId);
        }
    }

    /** How many boards listen to the event right now (for tests that check that closed boards stop listening). */
    public int listenerCount(long eventId) {
        return listeners.getOrDefault(eventId, Set.of()).size();
    }

    private void schedule(long eventId) {
        if (pending.add(eventId)) {
            timer.schedule(() -> fire(eventId), throttleMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void fire(long eventId) {
        pending.remove(eventId);
        for (Consumer<Long> listener : listeners.getOrDefault(eventId, Set.of())) {
            try {
                listener.accept(eventId);
            } catch (RuntimeException e) {
                LOG.warn("A board listener failed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
