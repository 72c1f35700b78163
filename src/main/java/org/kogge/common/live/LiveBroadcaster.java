package org.kogge.common.live;

/**
 * Tells open pages that what they show changed: a service {@linkplain #publish publishes} a topic and key (such as
 * the board of event 7) and every page that {@linkplain #subscribe subscribed} to them hears of it, once the change is
 * committed. Listeners run on the broadcaster's own thread, never on the writer's; a page hands the notice to its UI
 * (see {@code org.kogge.common.ui.LiveRefresh}).
 * <p>
 * An interface so that several app nodes could later share notices through a broker without touching any view; the
 * app has one {@link InMemoryLiveBroadcaster} today.
 */
public interface LiveBroadcaster {

    /** Starts telling the listener about changes of the topic for the key, until the returned subscription is closed. */
    <K> Subscription subscribe(LiveTopic<K> topic, K key, Runnable listener);

    /**
     * Announces a change of the topic for the key: after the current transaction commits (nobody hears of a change
     * that was rolled back), at once when there is no transaction.
     */
    <K> void publish(LiveTopic<K> topic, K key);

    /**
     * A number that grows with every change announced on this node. A page takes it before it reads what it will
     * show; a change whose {@link #lastChange} is not above it is one the page shows already.
     */
    long sequence();

    /** The {@link #sequence} of the last change announced (committed) for the topic and key; 0 if none yet. */
    <K> long lastChange(LiveTopic<K> topic, K key);

    /** How many listeners (on this node) follow the topic for the key now; tests check that closed pages stop listening. */
    <K> int listenerCount(LiveTopic<K> topic, K key);

    /** A listener's registration; closing it (more than once does no harm) stops the notices. */
    interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
