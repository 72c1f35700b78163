package org.kogge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationWindow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo starts at midnight in Berlin (23:00 UTC in winter), when the day in the event's zone is already the next
 * one: the demo's people still get their seats, and the barcamp's registration is open. The demo loader runs at
 * start-up with the app's clock stopped at that moment; a failure there would stop the context from starting.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:kogge-demo-midnight;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
@Import(DemoAtMidnightTest.Midnight.class)
class DemoAtMidnightTest {

    static final Instant MIDNIGHT_IN_BERLIN = Instant.parse("2027-01-14T23:00:00Z");

    @TestConfiguration
    static class Midnight {
        @Bean
        @Primary
        Clock midnightInBerlin() {
            return Clock.fixed(MIDNIGHT_IN_BERLIN, ZoneOffset.UTC);
        }
    }

    @Autowired
    RegistrationService registrations;

    @Test
    void theDemoStartedAtMidnightInBerlinHasItsBarcampOpenWithPeopleRegistered() {
        assertThat(ZonedDateTime.ofInstant(MIDNIGHT_IN_BERLIN, ZoneId.of("Europe/Berlin")).getHour()).isZero();

        RegistrationWindow window = registrations.window(DemoWorld.BARCAMP);

        assertThat(window.phase()).isEqualTo(RegistrationWindow.Phase.OPEN);
        assertThat(window.opensAt()).isBefore(MIDNIGHT_IN_BERLIN);
        assertThat(registrations.counts(DemoWorld.BARCAMP).registered()).isPositive();
    }
}
