package org.kogge.ical;

/** The STATUS of a calendar entry (RFC 5545, 3.8.1.11): it takes place, is not sure yet (waitlist), or is off. */
public enum IcsStatus {
    CONFIRMED, TENTATIVE, CANCELLED
}
