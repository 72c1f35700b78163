package org.kogge.account;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a person's other sessions when their password changes, so that whoever knew the old password is logged out
 * everywhere but where the change was made.
 *
 * <p>Spring Security's {@link SessionRegistry} knows each logged-in person's sessions (see {@link SecurityConfig}).
 * Marking them expired logs them out on their next HTTP request; but a Vaadin page talks over its push websocket,
 * which no filter sees, so the sessions themselves are invalidated too, which closes their Vaadin UIs.
 */
@Component
class PersonSessions {

    /** After a committed password change: end all sessions of {@code personId} except {@code keptSessionId}. */
    record PasswordChanged(long personId, String keptSessionId) {
    }

    private final SessionRegistry registry;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    PersonSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PasswordChanged change) {
        List<HttpSession> ending = new ArrayList<>();
        // Each session's own principal says whose it is. The registry groups sessions under a principal equal by
        // email (Spring's User), which may be an earlier one with another person id: an account deleted and signed
        // up again with its email while a session of the old one was still registered.
        for (Object principal : registry.getAllPrincipals()) {
            for (SessionInformation info : registry.getAllSessions(principal, false)) {
                if (info.getPrincipal() instanceof KoggeUser user && user.personId() == change.personId()
                        && !info.getSessionId().equals(change.keptSessionId())) {
                    info.expireNow();
                    HttpSession session = sessions.get(info.getSessionId());
                    if (session != null) {
                        ending.add(session);
                    }
                }
            }
        }
        // On a thread of its own: ending a session closes its Vaadin session, which must not happen on a thread
        // that is serving another Vaadin session (the caller's), as Vaadin keeps the current session per thread.
        if (!ending.isEmpty()) {
            Thread.ofVirtual().name("end-sessions").start(() -> ending.forEach(PersonSessions::invalidate));
        }
    }

    @EventListener
    void on(HttpSessionCreatedEvent created) {
        sessions.put(created.getSession().getId(), created.getSession());
    }

    @EventListener
    void on(HttpSessionIdChangedEvent changed) {
        HttpSession session = sessions.remove(changed.getOldSessionId());
        if (session != null) {
            sessions.put(changed.getNewSessionId(), session);
        }
    }

    @EventListener
    void on(HttpSessionDestroyedEvent destroyed) {
        sessions.remove(destroyed.getId());
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile: nothing left to do
        }
    }
}
