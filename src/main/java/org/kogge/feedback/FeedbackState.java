package org.kogge.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A session's feedback as the caller sees it: whether they may give it now, their own, and for the session's hosts
 * and the event's organizers the {@link Summary}. Times are instants, shown in the event's {@code zone}.
 */
public record FeedbackState(long sessionId, Giving giving, Mine mine, Summary summary, Instant closesAt,
                            ZoneId zone) {

    /** Whether the caller may give feedback on the session. */
    public enum Giving {
        /** They had a seat, the session has started and the four weeks after the event are not over. */
        OPEN,
        /** They have a seat; the session has not started yet. */
        NOT_STARTED,
        /** The four weeks after the event are over. */
        CLOSED,
        /** Logged out while feedback is open: whoever had a seat gives it after logging in. */
        LOG_IN,
        /** Not theirs to give: no seat, a host of the session, or logged out while feedback is not open. */
        NONE
    }

    /** The caller's own feedback. */
    public record Mine(int rating, String comment, Instant givenAt) {
    }

    /**
     * What the hosts and organizers read: how many gave feedback, and once {@link FeedbackService#MIN_SHOWN} did
     * ({@code shown}), the average, how many gave each rating ({@code perRating}: index 0 is rating 1) and the
     * comments, best rated first, without names or times.
     */
    public record Summary(int count, boolean shown, double average, List<Integer> perRating, List<Comment> comments) {
    }

    public record Comment(int rating, String text) {
    }

    public boolean mayGive() {
        return giving == Giving.OPEN;
    }

    public boolean mayRead() {
        return summary != null;
    }
}
