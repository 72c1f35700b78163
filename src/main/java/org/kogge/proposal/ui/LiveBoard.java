package org.kogge.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.kogge.proposal.BoardBroadcaster;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps an open view in step with its event's board: on each notice of the {@link BoardBroadcaster} (a background
 * thread), the view's refresh runs inside {@code ui.access}, as the person who opened the view. Their security
 * context is taken along, because services read the caller from it and the broadcaster's thread has none.
 */
final class LiveBoard {

    private LiveBoard() {
    }

    /** Starts listening; run the returned handle on detach to stop. */
    static Runnable listen(UI ui, BoardBroadcaster broadcaster, long eventId, Runnable refresh) {
        SecurityContext context = SecurityContextHolder.getContext();
        AtomicReference<Runnable> handle = new AtomicReference<>();
        // A refresh queued before the view stopped listening (or listened afresh for someone else) is dropped.
        AtomicBoolean active = new AtomicBoolean(true);
        handle.set(broadcaster.register(eventId, id -> {
            try {
                ui.access(() -> {
                    if (!active.get()) {
                        return;
                    }
                    SecurityContext previous = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(context);
                    try {
                        refresh.run();
                    } finally {
                        SecurityContextHolder.setContext(previous);
                    }
                });
            } catch (UIDetachedException e) {
                // The browser tab is gone without a detach (session expired): stop listening.
                handle.get().run();
            }
        }));
        Runnable unregister = handle.get();
        return () -> {
            active.set(false);
            unregister.run();
        };
    }
}
