package org.kogge.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Limits the mails that anyone can make Kogge send to an address without logging in (password reset, "send the
 * confirmation again"), so that the form cannot flood somebody's mailbox or make Kogge a spam source: at most
 * {@link #PER_ADDRESS} per address and {@link #PER_CLIENT} per client address (IPv6 by its /64, as
 * {@link LoginThrottle} counts) within {@link #WINDOW}. A request over the limit is answered like any other but
 * sends nothing. Counts live in memory (bounded) and start afresh on a restart.
 */
@Component
public class MailRequestLimit {

    static final int PER_ADDRESS = 3;
    static final int PER_CLIENT = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> requests = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    MailRequestLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts a request for a mail to {@code email} from {@code clientAddress}; whether it may be sent. */
    synchronized boolean allow(String email, String clientAddress) {
        Instant now = clock.instant();
        Deque<Instant> byEmail = recent("mail:" + email, now);
        String client = LoginThrottle.addressKey(clientAddress);
        Deque<Instant> byClient = client == null ? null : recent("client:" + client, now);
        if (byEmail.size() >= PER_ADDRESS || (byClient != null && byClient.size() >= PER_CLIENT)) {
            return false;
        }
        byEmail.addLast(now);
        if (byClient != null) {
            byClient.addLast(now);
        }
        return true;
    }

    /** Forgets every count (tests start afresh). */
    public synchronized void forgetAll() {
        requests.clear();
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> times = requests.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant since = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
        return times;
    }
}
