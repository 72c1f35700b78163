package org.kogge.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How changes of a published programme are batched into digest mails, bound from {@code kogge.mail.digest-*}.
 *
 * @param digestDelay how long after an event's first unsent change its digest goes, so that the changes of the
 *                    next minutes (an organizer rearranging several sessions) arrive as one mail
 * @param digestInterval how often the job looks for digests due; zero switches it off (tests run it)
 */
@ConfigurationProperties(prefix = "kogge.mail")
record DigestSettings(Duration digestDelay, Duration digestInterval) {

    DigestSettings {
        digestDelay = digestDelay == null || digestDelay.isNegative() ? Duration.ofMinutes(5) : digestDelay;
        digestInterval = digestInterval == null || digestInterval.isNegative() ? Duration.ZERO : digestInterval;
    }
}
