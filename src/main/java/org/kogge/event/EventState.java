package org.kogge.event;

import java.util.Set;

/** DRAFT → PUBLISHED → (CANCELLED | ARCHIVED). Drafts are never public. */
public enum EventState {
    DRAFT("event.state.draft"),
    PUBLISHED("event.state.published"),
    CANCELLED("event.state.cancelled"),
    ARCHIVED("event.state.archived");

    private final String messageKey;

    EventState(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isPublic() {
        return this != DRAFT;
    }

    public Set<EventState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(CANCELLED, ARCHIVED);
            case CANCELLED, ARCHIVED -> Set.of();
        };
    }
}
