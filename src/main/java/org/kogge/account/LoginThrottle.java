package org.kogge.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.kogge.common.KoggeProperties;
import org.kogge.common.Texts;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, for the login form and for the account page's password checks alike, without
 * letting anyone lock anyone else out (see {@code kogge.login.*}).
 *
 * <p>Failed password checks are counted per account (the email as typed, whether or not it has an account, so
 * that known and unknown addresses behave the same) and per client address (an IPv6 address by its /64 network),
 * within a sliding window. Once one of them has had its free failures, the next attempt must wait a delay that
 * doubles with each further failure, up to a maximum, counted from the last failure; an attempt made too early is
 * refused <em>without counting</em>, so an attack cannot keep an account blocked by hammering it, and old failures
 * fall out of the window. An address from which the account logged in before, and which has few failures itself,
 * is not held back by the account's failures: the owner can log in from their usual place during an attack on
 * their account.
 *
 * <p>A check {@linkplain #begin reserves} its failure before the password is compared, so parallel requests cannot
 * slip past the count; success takes it back. The counts live in memory (bounded) and start afresh on a restart.
 */
@Component
public class LoginThrottle {

    /** At most this many accounts and addresses are remembered; the least recently seen go first. */
    private static final int MAX_ENTRIES = 50_000;
    /** More failures than this do not lengthen the delay any more, so older ones need not be kept. */
    private static final int MAX_FAILURES_KEPT = 64;
    /** Addresses remembered per account as ones it logged in from. */
    private static final int KNOWN_ADDRESSES = 5;

    private final KoggeProperties.Login settings;
    private final Clock clock;

    private final Map<String, Deque<Instant>> accountFailures = lru();
    private final Map<String, Deque<Instant>> addressFailures = lru();
    private final Map<String, Set<String>> knownAddresses = lru();

    public LoginThrottle(KoggeProperties properties, Clock clock) {
        this.settings = properties.login();
        this.clock = clock;
    }

    /** The outcome of a password check that went through the throttle. */
    public enum Outcome { MATCHED, WRONG, THROTTLED }

    /**
     * Starts a password check for this account (an email, normalised here) from this client address ({@code null}
     * when unknown). The caller compares the password whatever {@link Attempt#allowed()} says, so that a refused
     * attempt takes as long as any other, and then reports how it went.
     */
    public synchronized Attempt begin(String email, String clientAddress) {
        Instant now = clock.instant();
        String account = accountKey(email);
        String address = addressKey(clientAddress);
        Deque<Instant> byAccount = accountFailures.computeIfAbsent(account, k -> new ArrayDeque<>());
        Deque<Instant> byAddress = address == null ? null : addressFailures.computeIfAbsent(address, k -> new ArrayDeque<>());
        forgetOld(byAccount, now);
        forgetOld(byAddress, now);
        boolean ownersAddress = address != null
                && knownAddresses.getOrDefault(account, Set.of()).contains(address)
                && byAddress.size() < settings.freeFailures();
        boolean held = (!ownersAddress && waiting(byAccount, settings.freeFailures(), now))
                || (byAddress != null && waiting(byAddress, settings.freeFailuresPerAddress(), now));
        if (held) {
            return new Attempt(account, address, null);
        }
        add(byAccount, now);
        add(byAddress, now);
        return new Attempt(account, address, now);
    }

    /** Checks a password through the throttle: {@code matches} runs in any case, also when the answer is THROTTLED. */
    public Outcome check(String email, String clientAddress, java.util.function.BooleanSupplier matches) {
        Attempt attempt = begin(email, clientAddress);
        boolean matched;
        try {
            matched = matches.getAsBoolean();
        } catch (RuntimeException e) {
            attempt.notAGuess();
            throw e;
        }
        if (!attempt.allowed()) {
            return Outcome.THROTTLED;
        }
        if (matched) {
            attempt.succeeded();
            return Outcome.MATCHED;
        }
        return Outcome.WRONG;
    }

    /** Forgets every failure and known address (tests start from a clean slate). */
    public synchronized void forgetAll() {
        accountFailures.clear();
        addressFailures.clear();
        knownAddresses.clear();
    }

    /** One password check; a failure is counted unless it ends as {@link #succeeded()} or {@link #notAGuess()}. */
    public final class Attempt {

        private final String account;
        private final String address;
        private final Instant reserved;

        private Attempt(String account, String address, Instant reserved) {
            this.account = account;
            this.address = address;
            this.reserved = reserved;
        }

        /** Whether this attempt may succeed; a refused one must be answered like a wrong password. */
        public boolean allowed() {
            return reserved != null;
        }

        /** The password was right: the account's failures are forgotten and the address is remembered as its own. */
        public void succeeded() {
            synchronized (LoginThrottle.this) {
                if (reserved == null) {
                    return;
                }
                accountFailures.remove(account);
                if (address != null) {
                    Deque<Instant> byAddress = addressFailures.get(address);
                    if (byAddress != null) {
                        byAddress.remove(reserved);
                    }
                    Set<String> known = knownAddresses.computeIfAbsent(account, k -> new LinkedHashSet<>());
                    known.remove(address);
                    known.add(address);
                    if (known.size() > KNOWN_ADDRESSES) {
                        known.remove(known.iterator().next());
                    }
                }
            }
        }

        /** The check did not happen (e.g. the database failed): nothing is counted. */
        public void notAGuess() {
            synchronized (LoginThrottle.this) {
                if (reserved == null) {
                    return;
                }
                Deque<Instant> byAccount = accountFailures.get(account);
                if (byAccount != null) {
                    byAccount.remove(reserved);
                }
                Deque<Instant> byAddress = address == null ? null : addressFailures.get(address);
                if (byAddress != null) {
                    byAddress.remove(reserved);
                }
            }
        }
    }

    /** Whether the next attempt still has to wait: the delay after the last failure has not passed. */
    private boolean waiting(Deque<Instant> failures, int free, Instant now) {
        if (failures.size() < free) {
            return false;
        }
        return now.isBefore(failures.getLast().plus(delay(failures.size() - free)));
    }

    /** The first delay, doubled {@code doublings} times, at most the maximum delay. */
    private Duration delay(int doublings) {
        Duration delay = settings.firstDelay();
        for (int i = 0; i < doublings && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) < 0 ? delay : settings.maxDelay();
    }

    private void forgetOld(Deque<Instant> failures, Instant now) {
        if (failures == null) {
            return;
        }
        Instant oldest = now.minus(settings.window());
        while (!failures.isEmpty() && !failures.getFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
    }

    private static void add(Deque<Instant> failures, Instant at) {
        if (failures == null) {
            return;
        }
        failures.addLast(at);
        if (failures.size() > MAX_FAILURES_KEPT) {
            failures.removeFirst();
        }
    }

    private static String accountKey(String email) {
        String normalized = Texts.normalizeEmail(email);
        return normalized == null ? "" : normalized;
    }

    /** IPv4 addresses as they are; IPv6 addresses by their /64 network, which one client usually has to itself. */
    static String addressKey(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return null;
        }
        String address = clientAddress.strip();
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // An IPv6 literal: parsed without any name lookup.
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]").getAddress();
            if (bytes.length == 16) {
                return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16)).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }
}
