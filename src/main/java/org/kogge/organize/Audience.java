package org.kogge.organize;

/** Whom an organizer's message goes to: the people with a seat, the people waiting for one, or both. */
public enum Audience {
    SEATS("organize.message.audience.seats", true, false),
    WAITLIST("organize.message.audience.waitlist", false, true),
    BOTH("organize.message.audience.both", true, true);

    private final String messageKey;
    private final boolean seats;
    private final boolean waitlist;

    Audience(String messageKey, boolean seats, boolean waitlist) {
        this.messageKey = messageKey;
        this.seats = seats;
        this.waitlist = waitlist;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean includesSeats() {
        return seats;
    }

    public boolean includesWaitlist() {
        return waitlist;
    }
}
