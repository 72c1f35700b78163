package org.kogge.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders go, bound from {@code kogge.mail.reminder.*}.
 *
 * @param lead how long before an event's start its reminder goes (a day: "the day before")
 * @param interval how often the job looks for events that came that close; zero switches it off (tests run it)
 */
@ConfigurationProperties(prefix = "kogge.mail.reminder")
record ReminderSettings(Duration lead, Duration interval) {

    ReminderSettings {
        lead = lead == null || lead.isNegative() || lead.isZero() ? Duration.ofDays(1) : lead;
        interval = interval == null || interval.isNegative() ? Duration.ZERO : interval;
    }
}
