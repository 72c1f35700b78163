package org.kogge.common;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Kogge's own settings, bound from {@code kogge.*} (see application.properties). */
@ConfigurationProperties(prefix = "kogge")
public record KoggeProperties(String baseUrl, ZoneId zone, Login login) {

    public KoggeProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        if (zone == null) {
            zone = ZoneId.of("Europe/Berlin");
        }
        if (login == null) {
            login = new Login(5, Duration.ofMinutes(15));
        }
    }

    public record Login(int maxFailures, Duration lockDuration) {
    }
}
