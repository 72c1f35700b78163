package org.kogge.feedback;

/**
 * An event's session feedback at a glance, for its organizers: how many answers on how many sessions, their
 * {@code average} ({@code null} while fewer than {@link FeedbackService#MIN_SHOWN} answered) and the {@code best}
 * rated session among those with at least as many answers ({@code null} if none has).
 */
public record FeedbackFigures(long answers, int sessions, Double average, Best best) {

    public record Best(String title, double average, long answers) {
    }
}
