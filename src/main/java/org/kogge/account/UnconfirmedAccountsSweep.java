package org.kogge.account;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.kogge.common.BackgroundJob;

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
    private final BackgroundJob timer;

    UnconfirmedAccountsSweep(AddressConfirmationService confirmations,
                             @Value("${kogge.account.unconfirmed-sweep:1h}") Duration interval) {
        this.confirmations = confirmations;
        this.timer = BackgroundJob.every(interval, "unconfirmed-sweep", this::sweep);
    }

    private void sweep() {
        int deleted = confirmations.deleteExpiredSignUps();
        if (deleted > 0) {
            log.info("Deleted {} sign-ups whose address was never confirmed", deleted);
        }
    }

    @PreDestroy
    void stop() {
        timer.close();
    }
}
