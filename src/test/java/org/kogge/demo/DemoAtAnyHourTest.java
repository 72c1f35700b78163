package org.kogge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kogge.event.EventGate;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The demo loads at any hour of the day: its attendees register for the barcamp while it loads, so registration
 * must already be open at midnight and in the early morning, not only from the opening hour of the current day.
 */
@Import(StoppedClock.Config.class)
class DemoAtAnyHourTest extends ServiceTestBase {

    @Autowired StoppedClock clock;
    @Autowired DemoWorld demo;
    @Autowired EventGate events;

    @ParameterizedTest
    @ValueSource(strings = {"05:30", "23:55"})
    void theDemoLoadsWithOpenRegistration(String utcTime) {
        Instant at = LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(java.time.LocalTime.parse(utcTime))
                .toInstant(ZoneOffset.UTC);
        clock.stopAt(at);
        try {
            demo.load();

            assertThat(events.visible(DemoWorld.BARCAMP).isOpenAt(at)).isTrue();
        } finally {
            clock.run();
        }
    }
}
