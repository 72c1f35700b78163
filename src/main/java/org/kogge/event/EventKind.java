package org.kogge.event;

public enum EventKind {
    BARCAMP("event.kind.barcamp"),
    CEREMONY("event.kind.ceremony");

    private final String messageKey;

    EventKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
