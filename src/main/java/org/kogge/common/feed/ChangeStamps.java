package org.kogge.common.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * The last change of each event's published content, as a stamp from one growing sequence, kept in memory on this
 * node (like the live updates: one app node). {@link ChangeStampListener} moves it after every committed write of an
 * entity that belongs to an event (it has an {@code eventId}); a write of anything else that a feed may show (an
 * event itself, a person's name, a city) moves the stamp of all events at once. Nothing is guessed: only entities
 * marked {@link NotInFeeds} leave the stamps alone. Bulk JPQL updates bypass Hibernate's events: a bulk update of
 * feed content must call {@link #eventChanged} or {@link #allChanged} itself.
 *
 * <p>Live pages need more: a vote, a star or a seat changes what an open board shows, but no feed. The
 * {@linkplain #liveOf live stamp} of an event moves with every committed write of anything of the event, entities
 * marked {@link NotInFeeds} included, so that what all open pages of an event share can be computed once per change
 * ({@link SharedSnapshots}).
 *
 * <p>{@code at} is when the stamp last moved; before any change it is the start of this node, which is never
 * earlier than the real last change.
 */
@Component
public class ChangeStamps {

    /** The event id that {@link #onChange} listeners are given when all events changed at once. */
    public static final long ALL = -1;

    /** A stamp: the sequence number of the last change, and when it happened. */
    public record Stamp(long seq, Instant at) {
    }

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicReference<Stamp> all;
    private final Map<Long, Stamp> events = new ConcurrentHashMap<>();
    private final Map<Long, Long> live = new ConcurrentHashMap<>();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    public ChangeStamps(Clock clock) {
        this.clock = clock;
        this.all = new AtomicReference<>(new Stamp(0, clock.instant()));
    }

    /** The current stamp of an event's content: its own last change or the last change of all, the later. */
    public Stamp of(long eventId) {
        Stamp global = all.get();
        Stamp own = events.get(eventId);
        return own == null || own.seq() < global.seq() ? global : own;
    }

    /**
     * The stamp of the last change of all events at once: a write of anything that is no one event's alone, such as
     * an event itself (its terms, state, organizers), a person or a city. What was read of events is current while
     * it has not moved.
     */
    public Stamp ofAll() {
        return all.get();
    }

    /** The number of the last change anywhere: a render that began before it may have read older data. */
    public long sequence() {
        return sequence.get();
    }

    /**
     * The number of the last committed change of anything of the event (votes, stars and seats too) or of all
     * events: what the event's live pages show is current for this number.
     */
    public long liveOf(long eventId) {
        return Math.max(live.getOrDefault(eventId, 0L), all.get().seq());
    }

    /** Something of the event changed (committed). */
    public void eventChanged(long eventId) {
        Stamp next = next();
        events.merge(eventId, next, ChangeStamps::later);
        live.merge(eventId, next.seq(), Math::max);
        tell(eventId);
    }

    /** Something of the event that no feed shows changed (committed): a vote, a star, a seat. */
    public void liveChanged(long eventId) {
        live.merge(eventId, sequence.incrementAndGet(), Math::max);
        tell(eventId);
    }

    /** Something that any event's content may show changed (committed). */
    public void allChanged() {
        Stamp next = next();
        all.accumulateAndGet(next, ChangeStamps::later);
        tell(ALL);
    }

    /**
     * Calls {@code listener} with the event's id after each committed change of it has moved its stamps, or with
     * {@link #ALL} after a change of all events: for what keeps copies of an event's data and can drop them early.
     * Listeners run in the committing thread and must be quick.
     */
    public void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    private void tell(long eventId) {
        listeners.forEach(l -> l.accept(eventId));
    }

    private Stamp next() {
        return new Stamp(sequence.incrementAndGet(), clock.instant());
    }

    private static Stamp later(Stamp a, Stamp b) {
        return a.seq() >= b.seq() ? a : b;
    }
}
