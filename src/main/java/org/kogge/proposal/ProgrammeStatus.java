package org.kogge.proposal;

/**
 * Whether a barcamp's programme is public, as far as the proposal board needs to know: once it is, proposing and
 * voting are over whatever the organizer's switches say, and the board says so. The schedule feature answers it;
 * the interface lives here so that proposal does not depend on schedule (which reads proposals).
 */
public interface ProgrammeStatus {

    boolean isPublished(long eventId);
}
