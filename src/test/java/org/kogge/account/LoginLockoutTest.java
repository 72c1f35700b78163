package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.common.KoggeProperties;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slowing down password guessing, end to end: through Spring Security's own authentication manager (the one behind
 * the login form) and {@link LoginThrottle}, with a clock the test moves and client addresses as the login form
 * passes them. The test profile allows 3 free failures, then waits 1 minute, doubling up to 15 minutes.
 */
@Import({StoppedClock.Config.class, LoginLockoutTest.CountingEncoderConfig.class})
class LoginLockoutTest extends ServiceTestBase {

    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final String LENA = "lena@test.example";
    private static final String WRONG = "Falsches-Passwort-1";

    /** The app's password encoder, counting how often a password is compared with a hash. */
    static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final AtomicInteger comparisons = new AtomicInteger();

        @Override public String encode(CharSequence raw) { return real.encode(raw); }
        @Override public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return real.matches(raw, encoded);
        }
        @Override public boolean upgradeEncoding(String encoded) { return real.upgradeEncoding(encoded); }
    }

    @TestConfiguration
    static class CountingEncoderConfig {
        @Bean
        @Primary
        CountingEncoder countingEncoder() {
            return new CountingEncoder();
        }
    }

    @Autowired
    StoppedClock clock;

    @Autowired
    KoggeProperties properties;

    @Autowired
    AuthenticationConfiguration authConfig;

    @Autowired
    CountingEncoder encoder;

    AuthenticationManager manager;

    @BeforeEach
    void setUp() throws Exception {
        clock.stopAt(START);
        manager = authConfig.getAuthenticationManager();
        fixtures.person("Lena Lotse");
    }

    @AfterEach
    void runClock() {
        clock.run();
    }

    private Authentication logIn(String email, String password) {
        return logIn(email, password, null);
    }

    /** As the login form does it: the client's address comes with the request's details. */
    private Authentication logIn(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        if (address != null) {
            token.setDetails(new WebAuthenticationDetails(address, null));
        }
        return manager.authenticate(token);
    }

    private void refused(String email, String password) {
        refused(email, password, null);
    }

    private void refused(String email, String password, String address) {
        assertThatThrownBy(() -> logIn(email, password, address)).isInstanceOf(BadCredentialsException.class);
    }

    private void advance(Duration d) {
        clock.stopAt(clock.instant().plus(d));
    }

    @Test
    void testProfileHoldsBackAfterThreeFailuresStartingWithAMinute() {
        KoggeProperties.Login login = properties.login();
        assertThat(login.freeFailures()).isEqualTo(3);
        assertThat(login.firstDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(login.maxDelay()).isEqualTo(Duration.ofMinutes(15));
        assertThat(login.window()).isEqualTo(Duration.ofHours(1));
        assertThat(login.freeFailuresPerAddress()).isEqualTo(20);
    }

    @Test
    void afterThreeWrongPasswordsTheRightOneIsRefusedUntilTheDelayPasses() {
        for (int i = 0; i < 3; i++) {
            refused(LENA, WRONG);
        }

        refused(LENA, Fixtures.PASSWORD);
        advance(Duration.ofSeconds(59));
        refused(LENA, Fixtures.PASSWORD);

        advance(Duration.ofSeconds(2));
        Authentication auth = logIn(LENA, Fixtures.PASSWORD);
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(((KoggeUser) auth.getPrincipal()).displayName()).isEqualTo("Lena Lotse");
    }

    @Test
    void eachFurtherFailureDoublesTheDelayUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            refused(LENA, WRONG);
        }
        Duration delay = Duration.ofMinutes(1);
        for (Duration next : List.of(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(15), Duration.ofMinutes(15))) {
            advance(delay.minusSeconds(1));
            refused(LENA, Fixtures.PASSWORD);          // still waiting
            advance(Duration.ofSeconds(2));
            refused(LENA, WRONG);                      // a real guess again, which lengthens the delay
            delay = next;
        }

        advance(Duration.ofMinutes(15).minusSeconds(1));
        refused(LENA, Fixtures.PASSWORD);
        advance(Duration.ofSeconds(2));
        assertThat(logIn(LENA, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failuresCountForTheAccountWhateverTheCaseOfTheEmail() {
        refused("Lena@test.example", "Falsches-Passwort-1");
        refused(" LENA@TEST.EXAMPLE ", "Falsches-Passwort-2");
        refused(LENA, "Falsches-Passwort-3");

        refused(LENA, Fixtures.PASSWORD);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        refused(LENA, "Falsches-Passwort-1");
        refused(LENA, "Falsches-Passwort-2");
        assertThat(logIn(LENA, Fixtures.PASSWORD).isAuthenticated()).isTrue();
        refused(LENA, "Falsches-Passwort-3");
        refused(LENA, "Falsches-Passwort-4");

        assertThat(logIn(LENA, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    /** Hammering an account while it is held back does not keep it held back: those attempts are not counted. */
    @Test
    void attemptsDuringTheDelayDoNotExtendIt() {
        for (int i = 0; i < 3; i++) {
            refused(LENA, WRONG);
        }
        for (int i = 0; i < 10; i++) {
            advance(Duration.ofSeconds(5));
            refused(LENA, WRONG);
        }

        advance(Duration.ofSeconds(11));
        assertThat(logIn(LENA, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        refused(LENA, WRONG);
        refused(LENA, WRONG);
        advance(Duration.ofHours(1).plusSeconds(1));
        refused(LENA, WRONG);
        refused(LENA, WRONG);

        assertThat(logIn(LENA, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anotherPersonIsNotHeldBack() {
        for (int i = 0; i < 3; i++) {
            refused(LENA, WRONG);
        }
        assertThat(logIn(Fixtures.ADMIN, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void guessesFromManyAddressesCountForTheAccount() {
        refused(LENA, WRONG, "203.0.113.1");
        refused(LENA, WRONG, "203.0.113.2");
        refused(LENA, WRONG, "2001:db8:7::1");

        refused(LENA, Fixtures.PASSWORD, "203.0.113.4");
    }

    /** The attack goes on elsewhere; the owner logs in from where they logged in before. */
    @Test
    void theOwnerLogsInFromTheirUsualAddressWhileTheirAccountIsAttacked() {
        assertThat(logIn(LENA, Fixtures.PASSWORD, "192.0.2.10").isAuthenticated()).isTrue();
        advance(Duration.ofDays(1));
        for (int i = 0; i < 5; i++) {
            refused(LENA, WRONG, "203.0.113." + i);
        }
        refused(LENA, Fixtures.PASSWORD, "203.0.113.99");

        assertThat(logIn(LENA, Fixtures.PASSWORD, "192.0.2.10").isAuthenticated()).isTrue();
    }

    @Test
    void oneAddressTryingManyAccountsIsHeldBackOnItsOwn() {
        String attacker = "203.0.113.7";
        for (int i = 0; i < 20; i++) {
            refused("person" + i + "@test.example", WRONG, attacker);
        }

        refused(Fixtures.ADMIN, Fixtures.PASSWORD, attacker);
        assertThat(logIn(Fixtures.ADMIN, Fixtures.PASSWORD, "198.51.100.1").isAuthenticated()).isTrue();
        advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(logIn(LENA, Fixtures.PASSWORD, attacker).isAuthenticated()).isTrue();
    }

    @Test
    void ipv6AddressesCountByTheirNetwork() {
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(LoginThrottle.addressKey("2001:DB8:1:2:bbbb:cccc:dddd:2"))
                .isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:3::1"));
        assertThat(LoginThrottle.addressKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(LoginThrottle.addressKey(null)).isNull();
    }

    /**
     * An unknown email, a known one with a wrong password and a held-back account (with the right password, too)
     * get the same answer, and every attempt compares a password with a hash, so none answers faster.
     */
    @Test
    void knownUnknownAndHeldBackAccountsAnswerAlike() {
        List<Throwable> answers = new ArrayList<>();
        List<Runnable> attempts = List.of(
                () -> logIn(LENA, WRONG),
                () -> logIn("niemand@test.example", WRONG),
                () -> logIn(LENA, WRONG),
                () -> logIn(LENA, WRONG),
                () -> logIn(LENA, Fixtures.PASSWORD),                   // held back
                () -> logIn("niemand@test.example", WRONG),
                () -> logIn("niemand@test.example", WRONG),
                () -> logIn("niemand@test.example", Fixtures.PASSWORD)); // held back, unknown
        for (Runnable attempt : attempts) {
            int before = encoder.comparisons.get();
            answers.add(org.assertj.core.api.Assertions.catchThrowable(attempt::run));
            assertThat(encoder.comparisons.get() - before).as("password hash compared").isEqualTo(1);
        }

        assertThat(answers).allSatisfy(e -> assertThat(e).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(answers.get(0).getMessage()));
    }
}
