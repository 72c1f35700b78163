package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.live.LiveTopic;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a live page in step with a {@link LiveTopic}: the page says which key it shows ({@link #follow}, such as its
 * event's id, on every navigation) and this helper does the rest:
 * <ul>
 *     <li>subscribes while the page is attached and unsubscribes when it is detached;</li>
 *     <li>subscribes anew when the page follows another key (a route that stays open for another event);</li>
 *     <li>runs the page's refresh inside {@code ui.access}, as the person who is looking (services read the caller
 *     from the security context, which the broadcaster's thread does not have);</li>
 *     <li>drops a refresh that was queued for a key the page no longer shows, or after it was detached;</li>
 *     <li>stops listening when the browser tab is gone without a detach ({@link UIDetachedException}).</li>
 * </ul>
 * Views create it in their constructor and call {@link #follow} in {@code beforeEnter}; they need no attach or detach
 * code of their own. A page that only offers a change (rather than showing it at once) tells which changes it shows
 * already: it takes {@link #sequence} before it reads and passes it to {@link #follow(Object, long)}. Then a notice of
 * a change it read anyway is dropped (no "changed" offer for what is on the screen), and a change that came between
 * its reading and its subscribing (the page is attached only after it was built) is delivered when it subscribes.
 */
public final class LiveRefresh<K> implements Serializable {

    /** What the page follows now: the key, its UI, the login to refresh as, and the broadcaster's registration. */
    private record Following<K>(K key, UI ui, SecurityContext login, LiveBroadcaster.Subscription subscription) {
    }

    /** {@link #readAt} of a page that does not say when it read: every notice refreshes it. */
    private static final long EVERY = -1;

    private final Component owner;
    private final transient LiveBroadcaster broadcaster;
    private final LiveTopic<K> topic;
    private final SerializableRunnable refresh;
    private K key;
    /** The broadcaster's sequence when the page read what it shows; {@link #EVERY}: every notice refreshes. */
    private long readAt = EVERY;
    private transient Following<K> following;

    private LiveRefresh(Component owner, LiveBroadcaster broadcaster, LiveTopic<K> topic, SerializableRunnable refresh) {
        this.owner = owner;
        this.broadcaster = broadcaster;
        this.topic = topic;
        this.refresh = refresh;
        owner.addAttachListener(e -> subscribe(e.getUI()));
        owner.addDetachListener(e -> unsubscribe());
    }

    /** Refreshes the owner (on its UI, as its viewer) whenever the topic changes for the key it follows. */
    public static <K> LiveRefresh<K> of(Component owner, LiveBroadcaster broadcaster, LiveTopic<K> topic,
                                        SerializableRunnable refresh) {
        return new LiveRefresh<>(owner, broadcaster, topic, refresh);
    }

    /**
     * Follows this key from now on (call it on every navigation): subscribes at once if the page is attached, else
     * when it attaches; also takes the current login along, for the person who is looking now.
     */
    public void follow(K newKey) {
        key = Objects.requireNonNull(newKey, "key");
        if (owner.isAttached()) {
            owner.getUI().ifPresent(this::subscribe);
        }
    }

    /** The broadcaster's sequence now: take it before reading what the page shows, for {@link #follow(Object, long)}. */
    public long sequence() {
        return broadcaster.sequence();
    }

    /**
     * Follows this key, showing what was read after {@code readAt} (its {@link #sequence} before the read): only
     * changes announced after it reach the page.
     */
    public void follow(K newKey, long readAt) {
        this.readAt = readAt;
        follow(newKey);
    }

    private void subscribe(UI ui) {
        if (key == null) {
            return;
        }
        SecurityContext login = SecurityContextHolder.getContext();
        Following<K> now = following;
        if (now != null && now.key().equals(key) && now.ui() == ui) {
            following = new Following<>(key, ui, login, now.subscription());
            return;
        }
        unsubscribe();
        K followed = key;
        AtomicReference<LiveBroadcaster.Subscription> handle = new AtomicReference<>();
        handle.set(broadcaster.subscribe(topic, followed, () -> notice(ui, followed, handle)));
        following = new Following<>(followed, ui, login, handle.get());
        if (isNew(followed)) {
            // Changed after the page read it, before it listened: nobody told it yet.
            notice(ui, followed, handle);
        }
    }

    /** Whether the key has a change announced after the page read what it shows (for a page that says when). */
    private boolean isNew(K changed) {
        return readAt != EVERY && broadcaster.lastChange(topic, changed) > readAt;
    }

    private void unsubscribe() {
        Following<K> now = following;
        following = null;
        if (now != null) {
            now.subscription().close();
        }
    }

    /** On the broadcaster's thread: hands the notice to the page's UI. */
    private void notice(UI ui, K noticeKey, AtomicReference<LiveBroadcaster.Subscription> handle) {
        try {
            ui.access(() -> deliver(noticeKey));
        } catch (UIDetachedException e) {
            // The tab is gone without a detach (the session expired): stop listening.
            LiveBroadcaster.Subscription subscription = handle.get();
            if (subscription != null) {
                subscription.close();
            }
        }
    }

    /** In the UI's lock: refreshes, unless the page left or follows another key meanwhile. */
    private void deliver(K noticeKey) {
        Following<K> now = following;
        if (now == null || !now.key().equals(noticeKey) || readAt != EVERY && !isNew(noticeKey)) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(now.login());
        try {
            refresh.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
