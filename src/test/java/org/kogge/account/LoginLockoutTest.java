package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.common.KoggeProperties;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/**
 * Login lockout end to end: through Spring Security's own authentication manager (the one behind the login form),
 * its events and {@link LoginAttempts}, with a clock the test moves.
 */
@Import(LoginLockoutTest.MovableClockConfig.class)
class LoginLockoutTest extends ServiceTestBase {

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2027-03-01T09:00:00Z");

        void set(Instant instant) { now = instant; }
        void advance(Duration d) { now = now.plus(d); }
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @TestConfiguration
    static class MovableClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    KoggeProperties properties;

    @Autowired
    AuthenticationConfiguration authConfig;

    AuthenticationManager manager;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(Instant.parse("2027-03-01T09:00:00Z"));
        manager = authConfig.getAuthenticationManager();
        fixtures.person("Lena Lotse");
    }

    @AfterEach
    void resetClock() {
        clock.set(Instant.parse("2027-03-01T09:00:00Z"));
    }

    private Authentication logIn(String email, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void testProfileLocksAfterThreeFailuresForFifteenMinutes() {
        assertThat(properties.login().maxFailures()).isEqualTo(3);
        assertThat(properties.login().lockDuration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void afterThreeWrongPasswordsTheRightOneIsRefusedUntilTheLockPasses() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-1"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> logIn("lena@test.example", Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> logIn("lena@test.example", Fixtures.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        Authentication auth = logIn("lena@test.example", Fixtures.PASSWORD);
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(((KoggeUser) auth.getPrincipal()).displayName()).isEqualTo("Lena Lotse");
    }

    @Test
    void failuresCountForTheAccountWhateverTheCaseOfTheEmail() {
        assertThatThrownBy(() -> logIn("Lena@test.example", "Falsches-Passwort-1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn(" LENA@TEST.EXAMPLE ", "Falsches-Passwort-2")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-3")).isInstanceOf(BadCredentialsException.class);

        assertThatThrownBy(() -> logIn("lena@test.example", Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-2")).isInstanceOf(BadCredentialsException.class);
        assertThat(logIn("lena@test.example", Fixtures.PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-3")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-4")).isInstanceOf(BadCredentialsException.class);

        assertThat(logIn("lena@test.example", Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void wrongPasswordsDuringTheLockDoNotExtendIt() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-1")).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(logIn("lena@test.example", Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anotherPersonIsNotLockedOut() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn("lena@test.example", "Falsches-Passwort-1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(logIn(Fixtures.ADMIN, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }
}
