package org.kogge.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code perMinute} mails towards the server in any minute (a sliding window of the sends made). */
final class SendRate {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Deque<Instant> sends = new ArrayDeque<>();

    SendRate(int perMinute) {
        this.perMinute = perMinute;
    }

    /** How many mails may go now. */
    synchronized int available(Instant now) {
        while (!sends.isEmpty() && !sends.peekFirst().isAfter(now.minus(WINDOW))) {
            sends.removeFirst();
        }
        return Math.max(0, perMinute - sends.size());
    }

    synchronized void taken(Instant now) {
        sends.addLast(now);
    }
}
