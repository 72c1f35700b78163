package org.kogge.account;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deletes sign-ups whose address was never confirmed within a week, every {@code kogge.account.unconfirmed-sweep}
 * ({@code KOGGE_UNCONFIRMED_SWEEP}, default an hour; {@code 0} switches it off, as in the tests, which call
 * {@link AddressConfirmationService#deleteExpiredSignUps} themselves). Running it on several nodes at once is
 * harmless: each deletes what is due, and a deleted account is not due again.
 */
@Component
class UnconfirmedAccountsSweep {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedAccountsSweep.class);

    private final AddressConfirmationService confirmations;
    private final ScheduledExecutorService timer;

    UnconfirmedAccountsSweep(AddressConfirmationService confirmations,
                             @Value("${kogge.account.unconfirmed-sweep:1h}") Duration interval) {
        this.confirmations = confirmations;
        if (interval.isZero() || interval.isNegative()) {
            this.timer = null;
        } else {
            this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("unconfirmed-sweep").factory());
            timer.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            int deleted = confirmations.deleteExpiredSignUps();
            if (deleted > 0) {
                log.info("Deleted {} sign-ups whose address was never confirmed", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("Deleting unconfirmed sign-ups failed; trying again next time", e);
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
