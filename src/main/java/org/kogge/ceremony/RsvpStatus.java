package org.kogge.ceremony;

/** A guest's answer to an invitation. */
public enum RsvpStatus {
    PENDING("ceremony.rsvp.pending"),
    ACCEPTED("ceremony.rsvp.accepted"),
    DECLINED("ceremony.rsvp.declined");

    private final String messageKey;

    RsvpStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
