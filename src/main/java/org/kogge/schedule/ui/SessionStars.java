package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.ui.FormErrors;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.StarService;

/**
 * The star toggles of one page: a session may appear more than once (grid and list), so all its buttons change
 * together. Starring itself is {@link StarService#toggle}, which checks who may star what.
 */
final class SessionStars {

    private final Component page;
    private final StarService stars;
    private final String slug;
    private final Set<Long> starred;
    private final Map<Long, List<SessionStarButton>> buttons = new HashMap<>();

    SessionStars(Component page, StarService stars, String slug, Set<Long> starred) {
        this.page = page;
        this.stars = stars;
        this.slug = slug;
        this.starred = new java.util.HashSet<>(starred);
    }

    SessionStarButton button(ScheduledSession s) {
        SessionStarButton b = new SessionStarButton(s.id(), s.content().title(), starred.contains(s.id()));
        b.addClickListener(e -> toggle(s.id()));
        buttons.computeIfAbsent(s.id(), id -> new ArrayList<>()).add(b);
        return b;
    }

    private void toggle(long sessionId) {
        try {
            boolean on = stars.toggle(slug, sessionId);
            if (on) {
                starred.add(sessionId);
            } else {
                starred.remove(sessionId);
            }
            buttons.getOrDefault(sessionId, List.of()).forEach(b -> b.show(on));
        } catch (InvalidInputException e) {
            FormErrors.error(e.problems().stream().map(p -> page.getTranslation(p.messageKey(), p.args().toArray()))
                    .distinct().collect(Collectors.joining(" ")));
        } catch (NotFoundException e) {
            FormErrors.error(page.getTranslation("programme.star.gone"));
        }
    }
}
