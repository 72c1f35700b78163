package org.kogge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.kogge.common.BackgroundJob;

/**
 * Frees the UIs of browser tabs that are gone without saying so (a crashed browser, a phone that discarded the tab:
 * no unload beacon), together with the live listeners of their pages.
 * <p>
 * A tab sends a heartbeat every {@code vaadin.heartbeatInterval} seconds. Vaadin itself closes a UI that missed
 * about three of them only when its session makes another request, which a vanished tab never does: such a UI kept
 * its component tree and its live listeners until the session expired (8 h). This sweeper keeps the live Vaadin
 * sessions (session init and destroy listeners) and, every {@code kogge.ui.sweep-interval}, visits each in its lock
 * ({@code session.access}) and closes and removes every UI that Vaadin no longer counts as active
 * ({@link VaadinService#isUIActive}: its last heartbeat is older than 3.1 intervals, or it is closing). Removing a UI
 * detaches its views, whose detach listeners unsubscribe them from the live broadcaster; nothing else of the UI
 * stays (AbandonedUiBench, AbandonedUiServerBench). A session that is busy longer than a sweep interval gets one
 * queued sweep, not one per interval: queued sweeps would run inside each other (closing a UI with push runs the
 * session's pending tasks), and on a real server such a pile made a page request fail.
 * <p>
 * {@code kogge.ui.sweep-interval=0} turns the background sweep off (the tests call {@link #sweep()} themselves).
 */
@Component
public class AbandonedUiSweeper implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedUiSweeper.class);

    /** Held weakly: the sweeper never keeps a session alive that was dropped without its destroy event. */
    private final Set<VaadinSession> sessions = weakSet();
    /** Sessions whose sweep is queued or running: a busy session gets one sweep when it is free, not one per tick. */
    private final Set<VaadinSession> queued = weakSet();
    private final BackgroundJob timer;

    AbandonedUiSweeper(@Value("${kogge.ui.sweep-interval:60s}") Duration interval) {
        timer = BackgroundJob.every(interval, "kogge-ui-sweeper", this::sweep);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    /** Visits every live session and closes its abandoned UIs (in the session's lock, at once or when it is free). */
    public void sweep() {
        List<VaadinSession> live;
        synchronized (sessions) {
            live = List.copyOf(sessions);
        }
        for (VaadinSession session : live) {
            if (!queued.add(session)) {
                continue; // its last sweep still waits for the session's lock (a long request) or is running
            }
            try {
                session.access(() -> {
                    try {
                        closeAbandoned(session);
                    } finally {
                        queued.remove(session);
                    }
                });
            } catch (RuntimeException e) {
                queued.remove(session);
                LOG.warn("Could not sweep a Vaadin session", e);
            }
        }
    }

    private static Set<VaadinSession> weakSet() {
        return Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    }

    /** How many Vaadin sessions are alive now. */
    public int sessionCount() {
        return sessions.size();
    }

    /**
     * In the session's lock: closes the UIs whose tabs stopped sending heartbeats, then removes the closed ones, as
     * Vaadin does (each with the UI as the current one, so that its detach listeners see it). Closing a UI with a push
     * connection runs the session's pending tasks, which may close or remove UIs too: so each UI is closed only if it
     * is not closing yet and removed only while the session still holds it.
     */
    static void closeAbandoned(VaadinSession session) {
        VaadinService service = session.getService();
        for (UI ui : List.copyOf(session.getUIs())) {
            if (!ui.isClosing() && !service.isUIActive(ui)) {
                ui.accessSynchronously(ui::close);
            }
        }
        for (UI ui : List.copyOf(session.getUIs())) {
            if (ui.isClosing() && session.getUIById(ui.getUIId()) == ui) {
                ui.accessSynchronously(() -> session.removeUI(ui));
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.close();
    }
}
