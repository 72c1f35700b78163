package org.kogge.notification;

/**
 * The mails about a person's seat: the outbox's kind, the subject and text keys, and whether the mail carries the
 * event's calendar file. Only the mails that give a seat do, since only then does the event belong in the person's
 * calendar.
 */
enum SeatNotice {

    REGISTERED("seat.registered", "notification.seat.registered.subject", "notification.seat.registered.text",
            true),
    WAITLISTED("seat.waitlisted", "notification.seat.waitlisted.subject", "notification.seat.waitlisted.text",
            false),
    PROMOTED("seat.promoted", "notification.seat.promoted.subject", "notification.seat.promoted.text", true),
    CANCELLED("seat.cancelled", "notification.seat.cancelled.subject", "notification.seat.cancelled.text", false),
    REMOVED("seat.removed", "notification.seat.removed.subject", "notification.seat.removed.text", false),
    MOVED_TO_WAITLIST("seat.moved-to-waitlist", "notification.seat.moved-to-waitlist.subject",
            "notification.seat.moved-to-waitlist.text", false);

    private final String kind;
    private final String subjectKey;
    private final String textKey;
    private final boolean withCalendar;

    SeatNotice(String kind, String subjectKey, String textKey, boolean withCalendar) {
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.textKey = textKey;
        this.withCalendar = withCalendar;
    }

    /** The notice whose mails are of {@code kind}, if any. */
    static java.util.Optional<SeatNotice> ofKind(String kind) {
        return java.util.Arrays.stream(values()).filter(n -> n.kind.equals(kind)).findFirst();
    }

    /** The outbox's kind of this mail, shown on the admins' mail page. */
    String kind() {
        return kind;
    }

    String subjectKey() {
        return subjectKey;
    }

    String textKey() {
        return textKey;
    }

    boolean withCalendar() {
        return withCalendar;
    }

    /** Whether the mail tells the person their place on the waitlist. */
    boolean waiting() {
        return this == WAITLISTED || this == MOVED_TO_WAITLIST;
    }
}
