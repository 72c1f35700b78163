package org.kogge.schedule;

/**
 * A change to a session of a <em>published</em> schedule, the kind people who follow the programme want to be told
 * about (say by mail): added, moved, or cancelled. A draft schedule's changes publish nothing. Each is published
 * inside the transaction that makes the change, alongside its {@link ScheduleChange} log entry; listeners hear of it
 * after commit (never, when it rolls back). Listen to one kind, or to all of them.
 */
public sealed interface SessionEvent permits SessionAdded, SessionMoved, SessionCancelled {

    long eventId();

    /** The session, which is also its proposal's id. */
    long sessionId();

    /** Its title at the moment of the change. */
    String title();
}
