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
 * detaches its views, whose detach listeners unsubscribe them from the live broadcaster.
 * <p>
 * {@code kogge.ui.sweep-interval=0} turns the background sweep off (the tests call {@link #sweep()} themselves).
 */
@Component
public class AbandonedUiSweeper implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedUiSweeper.class);

    /** Held weakly: the sweeper never keeps a session alive that was dropped without its destroy event. */
    private final Set<VaadinSession> sessions =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
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
            try {
                session.access(() -> closeAbandoned(session));
            } catch (RuntimeException e) {
                LOG.warn("Could not sweep a Vaadin session", e);
            }
        }
    }

    /** How many Vaadin sessions are alive now. */
    public int sessionCount() {
        return sessions.size();
    }

    /** In the session's lock: closes and removes the UIs whose tabs stopped sending heartbeats. */
    static void closeAbandoned(VaadinSession session) {
        VaadinService service = session.getService();
        for (UI ui : List.copyOf(session.getUIs())) {
            if (!service.isUIActive(ui)) {
                // As Vaadin removes closed UIs: with the UI as the current one, so its detach listeners see it.
                ui.accessSynchronously(() -> {
                    ui.close();
                    session.removeUI(ui);
                });
            }
        }
    }

    @PreDestroy
    void stop() {
        timer.close();
    }
}
