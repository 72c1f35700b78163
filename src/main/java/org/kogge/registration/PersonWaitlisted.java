package org.kogge.registration;

/**
 * A person is on an event's waitlist: they registered while it was full, or an organizer moved them there from
 * their seat. Published in the changing transaction; heard after commit.
 */
public record PersonWaitlisted(long eventId, long personId) {
}
