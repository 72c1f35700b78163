package org.kogge.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kogge.common.BackgroundJob;
import org.kogge.common.BaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers committed mails of the outbox, in the background every {@code kogge.mail.interval} (0: only when
 * called, as in tests).
 *
 * <p>Exactly once, also with several app instances: a sender claims due mails in a short transaction of its own
 * ({@code SELECT ... FOR UPDATE SKIP LOCKED}, so rows another sender holds are skipped), marks them SENDING with a
 * lease and commits before it talks to the server; another sender sees them again only after the lease. A sender
 * that dies between sending and recording leaves the mail SENDING; after the lease it goes out again with the same
 * Message-ID, which lets the receiving side recognise it. A refused or failed attempt is retried after 1, 2, 4, ...
 * minutes (at most an hour); after {@link #MAX_ATTEMPTS} attempts the mail is FAILED and waits for an admin.
 *
 * <p>A mail queued as a {@link MailIntent} is rendered after its claim, under the same lease, in a transaction of
 * its own ({@link MailRendering}); the rendered message is stored before it is sent, so a sender that dies after
 * rendering leaves the same message to the next. A rendering that fails is retried like a refused attempt.
 *
 * <p>Without a mail server the mails are captured: marked SENT and captured, for the admins' mail page.
 */
@Component
public class OutboxSender {

    static final int MAX_ATTEMPTS = 8;
    static final Duration MAX_DELAY = Duration.ofHours(1);
    /** How long a claimed mail is left to its sender before another may try it (longer than any SMTP timeout). */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 20;
    /** The error of a mail whose renderer found nothing to tell any more (e.g. the event was unpublished). */
    static final String NOTHING_TO_TELL = "nothing to tell any more";

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMailRepository mails;
    private final MailRendering rendering;
    private final MailTransport transport;
    private final BaseUrl baseUrl;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final SendRate rate;
    private final BackgroundJob timer;

    OutboxSender(OutboxMailRepository mails, MailRendering rendering, MailTransport transport, MailSettings settings,
                 BaseUrl baseUrl, Clock clock, PlatformTransactionManager transactions) {
        this.mails = mails;
        this.rendering = rendering;
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.rate = new SendRate(settings.ratePerMinute());
        this.timer = BackgroundJob.every(settings.interval(), "mail-sender", this::sendDue);
    }

    /** The delay before attempt {@code failedAttempts + 1}: 1, 2, 4, ... minutes, at most {@link #MAX_DELAY}. */
    static Duration backoff(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 6));
        Duration delay = Duration.ofMinutes(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Why mail is held back, as a message key; empty while mail goes out. */
    java.util.Optional<String> heldBack() {
        return baseUrl.externalKnown() ? java.util.Optional.empty()
                : java.util.Optional.of("mail.held.base-url");
    }

    /** Delivers every due mail that the rate allows now; returns how many were delivered or captured. */
    public int sendDue() {
        if (heldBack().isPresent()) {
            return 0;
        }
        int delivered = 0;
        while (true) {
            int allowed = Math.min(BATCH, rate.available(clock.instant()));
            List<Claimed> claimed = allowed == 0 ? List.of() : tx.execute(status -> claim(allowed));
            if (claimed == null || claimed.isEmpty()) {
                return delivered;
            }
            for (Claimed mail : claimed) {
                if (deliver(mail)) {
                    delivered++;
                }
            }
        }
    }

    private List<Claimed> claim(int limit) {
        Instant now = clock.instant();
        List<Long> ids = mails.lockDue(now, limit);
        return mails.findAllById(ids).stream().map(mail -> {
            mail.claim(now.plus(LEASE));
            return new Claimed(mail.getId(), mail.getMime());
        }).toList();
    }

    /**
     * Renders a claimed intent in a transaction of its own, so that a renderer's failure undoes only its own work,
     * never the claim of the other mails; the lease keeps other senders away meanwhile. Returns the MIME, or null
     * when there is nothing to send now: the mail is then FAILED (nothing left to tell) or queued again.
     */
    private byte[] rendered(long id) {
        try {
            byte[] mime = tx.execute(status -> mails.findById(id).filter(rendering::render)
                    .map(OutboxMail::getMime).orElse(null));
            if (mime == null) {
                tx.executeWithoutResult(status -> mails.findById(id)
                        .ifPresent(mail -> mail.attemptFailed(NOTHING_TO_TELL, clock.instant(), true)));
            }
            return mime;
        } catch (RuntimeException e) {
            log.warn("Mail {} not rendered", id, e);
            String error = describe(e);
            tx.executeWithoutResult(status -> record(id, error));
            return null;
        }
    }

    private boolean deliver(Claimed claimed) {
        byte[] mime = claimed.mime() != null ? claimed.mime() : rendered(claimed.id());
        if (mime == null) {
            return false;
        }
        Claimed mail = new Claimed(claimed.id(), mime);
        String error = null;
        if (transport.connected()) {
            rate.taken(clock.instant());
            try {
                transport.send(mail.mime());
            } catch (Exception e) {
                error = describe(e);
                log.warn("Mail {} not sent: {}", mail.id(), error);
            }
        }
        String failure = error;
        tx.executeWithoutResult(status -> record(mail.id(), failure));
        return failure == null;
    }

    private void record(long id, String error) {
        mails.findById(id).ifPresent(mail -> {
            Instant now = clock.instant();
            if (error == null) {
                mail.sent(now, !transport.connected());
            } else {
                mail.attemptFailed(error, now.plus(backoff(mail.getAttempts())), mail.getAttempts() >= MAX_ATTEMPTS);
            }
        });
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && text.length() < OutboxMail.MAX_ERROR;
             cause = cause.getCause()) {
            text.append(" / ").append(cause.getMessage());
        }
        return text.toString();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        timer.close();
    }

    private record Claimed(long id, byte[] mime) {
    }
}
