package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Fixtures;
import org.kogge.testing.MailTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** "Forgot password" end to end through a real SMTP server: the mail, its one-time link, the new password. */
@RecordApplicationEvents
class PasswordResetTest extends MailTestBase {

    static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
    static final String NEW_PASSWORD = "Möwe-Hafen-Leuchtturm-7";

    @Autowired PasswordResetService resets;
    @Autowired AuthenticationConfiguration authConfig;
    @Autowired ApplicationEvents heard;

    String anna;
    long annaId;

    @BeforeEach
    void person() {
        clock.stopAt(T0);
        PersonDto person = fixtures.person("Anna Albers");
        anna = person.email();
        annaId = person.id();
        deliver();      // whatever signing up mailed is not what these tests read
    }

    @Test
    void theMailCarriesAOneTimeLinkThatSetsANewPasswordAndEndsAllSessions() {
        resets.requestReset("  Anna@Test.example ");

        List<MimeMessage> mails = mailsTo(anna);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(subject(mail)).isEqualTo("Ihr neues Passwort für Kogge");
        assertThat(textOf(mail)).contains("Hallo Anna Albers", "innerhalb einer Stunde");
        String token = lastSegment(linkIn(mail, "/password/reset/"));
        assertThat(resets.check(token)).isEqualTo(LinkState.VALID);

        heard.clear();
        resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(canLogIn(anna, NEW_PASSWORD)).isTrue();
        assertThat(canLogIn(anna, Fixtures.PASSWORD)).isFalse();
        assertThat(heard.stream(PersonSessions.PasswordChanged.class)).singleElement()
                .satisfies(change -> {
                    assertThat(change.personId()).isEqualTo(annaId);
                    assertThat(change.keptSessionId()).as("no session is kept: the resetting page is not logged in").isNull();
                });
        assertThat(resets.check(token)).isEqualTo(LinkState.USED);
        assertThat(problemOf(() -> resets.resetPassword(token, "Zweites-Neues-Passwort-9", "Zweites-Neues-Passwort-9")))
                .isEqualTo("null:account.link.used");
        assertThat(canLogIn(anna, NEW_PASSWORD)).isTrue();
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        resets.requestReset("nobody@test.example");

        assertThat(deliver()).isEmpty();
    }

    @Test
    void aLinkExpiresAfterOneHour() {
        resets.requestReset(anna);
        String token = lastSegment(linkIn(mailsTo(anna).get(0), "/password/reset/"));

        clock.stopAt(T0.plus(Duration.ofMinutes(59)));
        assertThat(resets.check(token)).isEqualTo(LinkState.VALID);
        clock.stopAt(T0.plus(Duration.ofHours(1)));
        assertThat(resets.check(token)).isEqualTo(LinkState.EXPIRED);
        assertThat(problemOf(() -> resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD)))
                .isEqualTo("null:account.link.expired");
        assertThat(canLogIn(anna, Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void aRefusedPasswordChangesNothingAndTheLinkStaysUsable() {
        resets.requestReset(anna);
        String token = lastSegment(linkIn(mailsTo(anna).get(0), "/password/reset/"));

        assertThat(problemOf(() -> resets.resetPassword(token, NEW_PASSWORD, NEW_PASSWORD + "x")))
                .isEqualTo("repeated:account.password.mismatch");
        assertThat(problemOf(() -> resets.resetPassword(token, "Sommer2026!", "Sommer2026!")))
                .startsWith("newPassword:account.password.");
        assertThat(problemOf(() -> resets.resetPassword(token, "Anna-Albers-Passwort", "Anna-Albers-Passwort")))
                .isEqualTo("newPassword:account.password.personal");

        assertThat(resets.check(token)).isEqualTo(LinkState.VALID);
        assertThat(canLogIn(anna, Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() {
        resets.requestReset(anna);
        resets.requestReset(anna);

        List<MimeMessage> mails = mailsTo(anna);
        assertThat(mails).hasSize(2);
        assertThat(resets.check(lastSegment(linkIn(mails.get(0), "/password/reset/")))).isEqualTo(LinkState.USED);
        assertThat(resets.check(lastSegment(linkIn(mails.get(1), "/password/reset/")))).isEqualTo(LinkState.VALID);
    }

    @Test
    void anAddressGetsAFewMailsAnHourAndNoMore() {
        for (int i = 0; i < MailRequestLimit.PER_ADDRESS + 2; i++) {
            resets.requestReset(anna);
        }
        assertThat(mailsTo(anna)).hasSize(MailRequestLimit.PER_ADDRESS);

        clock.stopAt(T0.plus(MailRequestLimit.WINDOW).plusSeconds(1));
        resets.requestReset(anna);
        assertThat(mailsTo(anna)).as("an hour later").hasSize(1);
    }

    @Test
    void garbageInTheLinkIsUnknownAndAMalformedAddressIsRefused() {
        assertThat(resets.check("not-a-token")).isEqualTo(LinkState.UNKNOWN);
        assertThat(resets.check("A".repeat(43))).isEqualTo(LinkState.UNKNOWN);
        assertThat(problemOf(() -> resets.resetPassword("A".repeat(43), NEW_PASSWORD, NEW_PASSWORD)))
                .isEqualTo("null:account.link.unknown");
        assertThat(problemOf(() -> resets.requestReset("no address"))).isEqualTo("email:validation.email");
    }

    private boolean canLogIn(String email, String password) {
        try {
            authConfig.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            return true;
        } catch (AuthenticationException e) {
            return false;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
