package org.kogge.common.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every open page of an event shows alike (the proposal board's cards with their votes, say), computed once per
 * change of the event instead of once per page: when a vote reaches 500 open boards, the first board to refresh
 * computes the cards and the other 499 take them. A snapshot is kept per kind and event with the event's
 * {@linkplain ChangeStamps#liveOf live stamp} read before it was computed, and is used while that stamp has not
 * moved; pages that ask while it is being computed wait for it rather than compute it again. Per-viewer parts (my
 * vote, my star) are not part of a snapshot: the services add them per page.
 * <p>
 * A snapshot must not depend on who asks (access is checked by the caller before) and must be immutable, as many
 * threads read it at once.
 * <p>
 * Bounded, because a node serves many events over months and a snapshot of a big board weighs megabytes:
 * <ul>
 * <li>at most {@code kogge.shared-snapshots.max-entries} snapshots (64), the least used go first;</li>
 * <li>a snapshot nobody asked for during {@code kogge.shared-snapshots.max-idle} (10 minutes) goes: open pages ask
 * on every change they are told of, so only events nobody looks at lose theirs;</li>
 * <li>a change of an event drops its snapshots at once ({@link ChangeStamps#onChange}) rather than keeping them until
 * the next page asks: a stale snapshot is never served anyway (the stamp decides), but it need not take room.</li>
 * </ul>
 * Eviction only ever removes: the next page computes the snapshot again, so a bound can cost time, never freshness.
 */
@Component
public class SharedSnapshots {

    private record Key(String kind, long eventId) {
    }

    private record Entry(long stamp, FutureTask<Object> value) {
    }

    private final ChangeStamps stamps;
    private final Cache<Key, Entry> entries;

    @Autowired
    public SharedSnapshots(ChangeStamps stamps,
                           @Value("${kogge.shared-snapshots.max-entries:64}") long maxEntries,
                           @Value("${kogge.shared-snapshots.max-idle:PT10M}") Duration maxIdle) {
        this(stamps, maxEntries, maxIdle, Ticker.systemTicker());
    }

    /** With the clock that ages the snapshots given (tests). */
    SharedSnapshots(ChangeStamps stamps, long maxEntries, Duration maxIdle, Ticker ticker) {
        this.stamps = stamps;
        // Evictions run in the calling thread: they are a few map operations, and a bound that holds when a call
        // returns is one a test can check.
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(maxIdle).ticker(ticker)
                .executor(Runnable::run).build();
        stamps.onChange(this::evict);
    }

    /**
     * The snapshot of this kind for the event, as current as the event's last committed change: the one kept, or
     * computed now by {@code compute} in the caller's thread (and transaction), or the one another page is
     * computing. If the computation fails, nothing is kept and the failure is thrown to every page that waited.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, long eventId, Supplier<T> compute) {
        Key key = new Key(kind, eventId);
        // Read before anything is loaded: a change committed meanwhile moves the stamp past it, so it is computed again.
        long stamp = stamps.liveOf(eventId);
        FutureTask<Object> mine = new FutureTask<>(compute::get);
        Entry entry = entries.asMap().compute(key, (k, kept) -> kept != null && kept.stamp() >= stamp
                ? kept : new Entry(stamp, mine));
        if (entry.value() == mine) {
            mine.run();
        }
        try {
            return (T) entry.value().get();
        } catch (ExecutionException e) {
            entries.asMap().remove(key, entry);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("computing the " + kind + " of event " + eventId, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + kind + " of event " + eventId, e);
        }
    }

    /** How many snapshots are kept now (for tests and benchmarks), after pending evictions ran. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Drops the snapshots of an event ({@link ChangeStamps#ALL}: of every event) after a change. */
    private void evict(long eventId) {
        if (eventId == ChangeStamps.ALL) {
            entries.invalidateAll();
        } else {
            entries.asMap().keySet().removeIf(key -> key.eventId() == eventId);
        }
    }
}
