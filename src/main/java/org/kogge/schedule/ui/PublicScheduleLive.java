package org.kogge.schedule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.kogge.schedule.PublicScheduleBroadcaster;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps an open schedule page or "now" board in step with its event's schedule: on each notice of the
 * {@link PublicScheduleBroadcaster} (a background thread) the page's refresh runs inside {@code ui.access}, as the
 * person who opened it (services read the caller from the security context, which that thread does not have).
 */
final class PublicScheduleLive {

    private PublicScheduleLive() {
    }

    /** Starts listening; run the returned handle on detach to stop. */
    static Runnable listen(UI ui, PublicScheduleBroadcaster broadcaster, long eventId, Runnable refresh) {
        SecurityContext context = SecurityContextHolder.getContext();
        AtomicReference<Runnable> handle = new AtomicReference<>();
        AtomicBoolean active = new AtomicBoolean(true);
        handle.set(broadcaster.register(eventId, () -> {
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
                // The tab is gone without a detach (session expired): stop listening.
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
