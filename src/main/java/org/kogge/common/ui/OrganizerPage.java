package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;

/**
 * One entry of an event's organizer navigation: the view (a route with a {@code :slug} parameter), its label's
 * message key, its place in the list, and the kinds of event it belongs to (the event feature's {@code EventKind};
 * empty: every kind). Features declare their entries through {@link OrganizerPages}, so common knows none of them.
 */
public record OrganizerPage(int order, String labelKey, Class<? extends Component> view, Set<? extends Enum<?>> kinds) {

    public OrganizerPage {
        kinds = Set.copyOf(kinds);
    }

    public boolean appliesTo(Enum<?> kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
