package org.kogge.schedule;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears session events after commit, as a mail feature's listener would (see {@link SessionEventsTest}). A component
 * of its own: Spring Boot's test scan leaves out classes nested in test classes. Only records, so it stays out of the
 * way of every other test.
 */
@Component
class SessionEventsHeard {

    private final List<SessionEvent> events = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(SessionEvent event) {
        events.add(event);
    }

    List<SessionEvent> events() {
        return List.copyOf(events);
    }

    void forget() {
        events.clear();
    }
}
