package org.kogge.common.feed;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
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
 * threads read it at once. One entry per kind and event is kept, replaced by the next change.
 */
@Component
public class SharedSnapshots {

    private record Key(String kind, long eventId) {
    }

    private record Entry(long stamp, FutureTask<Object> value) {
    }

    private final ChangeStamps stamps;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    public SharedSnapshots(ChangeStamps stamps) {
        this.stamps = stamps;
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
        Entry entry = entries.compute(key, (k, kept) -> kept != null && kept.stamp() >= stamp
                ? kept : new Entry(stamp, mine));
        if (entry.value() == mine) {
            mine.run();
        }
        try {
            return (T) entry.value().get();
        } catch (ExecutionException e) {
            entries.remove(key, entry);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("computing the " + kind + " of event " + eventId, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + kind + " of event " + eventId, e);
        }
    }
}
