package org.kogge.common;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Kogge's own settings, bound from {@code kogge.*} (see application.properties). {@code baseUrl} is null when not
 * set; links are built through {@link BaseUrl}, which knows what to use then.
 */
@ConfigurationProperties(prefix = "kogge")
public record KoggeProperties(String baseUrl, ZoneId zone, Login login) {

    public KoggeProperties {
        baseUrl = BaseUrl.normalize(baseUrl);
        if (zone == null) {
            zone = ZoneId.of("Europe/Berlin");
        }
        if (login == null) {
            login = new Login(0, 0, null, null, null);
        }
    }

    /**
     * Slowing down password guessing (see {@code org.kogge.account.LoginThrottle}): after {@code freeFailures} failed
     * logins for an account, or {@code freeFailuresPerAddress} from one client address, within {@code window}, the
     * next attempt has to wait {@code firstDelay}, doubling with each further failure up to {@code maxDelay}.
     */
    public record Login(int freeFailures, int freeFailuresPerAddress, Duration firstDelay, Duration maxDelay,
                        Duration window) {

        public Login {
            freeFailures = freeFailures > 0 ? freeFailures : 5;
            freeFailuresPerAddress = freeFailuresPerAddress > 0 ? freeFailuresPerAddress : 20;
            firstDelay = positiveOr(firstDelay, Duration.ofSeconds(1));
            maxDelay = positiveOr(maxDelay, Duration.ofMinutes(15));
            window = positiveOr(window, Duration.ofHours(1));
        }

        private static Duration positiveOr(Duration d, Duration otherwise) {
            return d == null || d.isNegative() || d.isZero() ? otherwise : d;
        }
    }
}
