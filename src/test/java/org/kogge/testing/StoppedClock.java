package org.kogge.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock for tests that need "now" at a given moment: it runs with the system clock until a test
 * {@link #stopAt stops} it, and again after {@link #run()}. Import {@link Config} to make it the app's clock.
 */
public final class StoppedClock extends Clock {

    private volatile Instant stoppedAt;

    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    public void run() {
        stoppedAt = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant at = stoppedAt;
        return at == null ? Instant.now() : at;
    }

    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        public StoppedClock stoppedClock() {
            return new StoppedClock();
        }
    }
}
