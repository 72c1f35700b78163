package org.kogge.registration;

/** A person took a seat at an event by registering. Published in the registering transaction; heard after commit. */
public record PersonRegistered(long eventId, long personId) {
}
