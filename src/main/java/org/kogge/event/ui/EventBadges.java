package org.kogge.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;

/** Small labels for an event's kind and state; the state is always written out, never shown by colour alone. */
final class EventBadges {

    private EventBadges() {
    }

    static Span kind(Component context, EventKind kind) {
        Span badge = new Span(context.getTranslation(kind.messageKey()));
        badge.addClassNames("kogge-badge", "kogge-badge-kind");
        return badge;
    }

    /**
     * A badge for states people must notice: cancelled, draft (for organizers, who alone see drafts) and archived.
     * Published events get a badge only when {@code always} is set (the organizer's pages).
     */
    static Optional<Span> state(Component context, EventState state, boolean always) {
        String text = switch (state) {
            case DRAFT -> context.getTranslation("event.state.draft-hidden");
            case CANCELLED -> context.getTranslation("event.state.cancelled");
            case ARCHIVED -> context.getTranslation("event.state.archived");
            case PUBLISHED -> always ? context.getTranslation("event.state.published") : null;
        };
        if (text == null) {
            return Optional.empty();
        }
        Span badge = new Span(text);
        badge.addClassNames("kogge-badge", "kogge-badge-state");
        if (state == EventState.CANCELLED) {
            badge.addClassName("kogge-badge-cancelled");
        } else if (state == EventState.DRAFT) {
            badge.addClassName("kogge-badge-draft");
        }
        return Optional.of(badge);
    }
}
