package org.kogge.registration;

import org.kogge.event.EventSummary;

/** One line of "my events": the event and my status in it. */
public record MyEventRegistration(EventSummary event, RegistrationStatus status, long waitlistPosition) {
}
