package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.kogge.schedule.PublicScheduleService.SessionPage;
import org.springframework.modulith.NamedInterface;

/**
 * A part of a session's page that another feature contributes (the session's materials and results), so that the
 * schedule does not depend on it. Implementations are Spring beans; {@link #order()} sorts them. A section checks
 * through its own service what the caller may see and do: the page only tells it which session is shown.
 */
@NamedInterface("session-sections")
public interface SessionPageSection {

    Optional<Component> create(SessionPage page);

    default int order() {
        return 0;
    }
}
