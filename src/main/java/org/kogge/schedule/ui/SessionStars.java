package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.ui.FormErrors;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.StarService;

/**
 * The star toggles of one page: which sessions the visitor starred, and what a toggle does (a button on the session
 * page, a star drawn by the programme's list, which is told through {@link #onChange}). Starring itself is
 * {@link StarService#toggle}, which checks who may star what.
 */
final class SessionStars {

    private final Component page;
    private final StarService stars;
    private final String slug;
    private final Set<Long> starred;
    private final List<SessionStarButton> buttons = new ArrayList<>();
    private SerializableConsumer<Long> changed = id -> { };

    SessionStars(Component page, StarService stars, String slug, Set<Long> starred) {
        this.page = page;
        this.stars = stars;
        this.slug = slug;
        this.starred = new HashSet<>(starred);
    }

    SessionStarButton button(ScheduledSession s) {
        SessionStarButton b = new SessionStarButton(s.id(), s.content().title(), starred.contains(s.id()));
        b.addClickListener(e -> toggle(s.id()));
        buttons.add(b);
        return b;
    }

    /** What to do (besides the buttons) once a session's star changed. */
    SessionStars onChange(SerializableConsumer<Long> then) {
        this.changed = then;
        return this;
    }

    boolean isStarred(long sessionId) {
        return starred.contains(sessionId);
    }

    void toggle(long sessionId) {
        try {
            boolean on = stars.toggle(slug, sessionId);
            if (on) {
                starred.add(sessionId);
            } else {
                starred.remove(sessionId);
            }
            buttons.stream().filter(b -> b.getSessionId() == sessionId).forEach(b -> b.show(on));
            changed.accept(sessionId);
        } catch (InvalidInputException e) {
            FormErrors.error(e.problems().stream().map(p -> page.getTranslation(p.messageKey(), p.args().toArray()))
                    .distinct().collect(Collectors.joining(" ")));
        } catch (NotFoundException e) {
            FormErrors.error(page.getTranslation("programme.star.gone"));
        }
    }
}
