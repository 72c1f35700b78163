package org.kogge.registration;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Whether registration for an event is open now and, if not, why: what the event page explains next to the
 * button. {@code opensAt} is the start of the window (may be null), {@code closesAt} its effective end (the set
 * closing time, else the end of the event); both are shown in {@code zone}.
 */
public record RegistrationWindow(Phase phase, Instant opensAt, Instant closesAt, ZoneId zone) {

    public enum Phase {
        /** Registration is possible now, until {@code closesAt}. */
        OPEN("registration.window.open"),
        /** Published, but the window opens later, at {@code opensAt}. */
        NOT_YET_OPEN("registration.window.not-yet-open"),
        /** The window closed at {@code closesAt}; the event has not ended yet. */
        CLOSED("registration.window.closed"),
        /** The event has ended. */
        EVENT_OVER("registration.window.event-over"),
        /** The event was cancelled. */
        EVENT_CANCELLED("registration.window.event-cancelled"),
        /** A draft, seen only by its organizers. */
        NOT_PUBLISHED("registration.window.not-published"),
        /** A ceremony by personal invitation only: nobody signs up. */
        INVITATION_ONLY("ceremony.invitation-only");

        private final String messageKey;

        Phase(String messageKey) {
            this.messageKey = messageKey;
        }

        /** A message with the relevant time as {0} (opening time for NOT_YET_OPEN, else the closing time). */
        public String messageKey() {
            return messageKey;
        }
    }

    public boolean isOpen() {
        return phase == Phase.OPEN;
    }

    /** Whether a participant may still cancel (until the event ends). */
    public boolean canCancel() {
        return phase != Phase.EVENT_OVER;
    }
}
