package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.Karibu._setValue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.testing.CapturedMails;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

/** "Forgot password" and the reset link's page, as a person uses them, with the link read from the captured mail. */
class PasswordResetViewsKT extends KaribuTestBase {

    static final String NEW_PASSWORD = "Möwe-Hafen-Leuchtturm-7";

    @Autowired CapturedMails mails;
    @Autowired StoppedClock clock;

    String anna;

    @BeforeEach
    void person() {
        anna = fixtures.person("Anna Albers").email();
    }

    @AfterEach
    void runClock() {
        clock.run();
    }

    @Test
    void theLoginPageLeadsToTheForgotPage() {
        UI.getCurrent().navigate("login");
        com.vaadin.flow.component.ComponentUtil.fireEvent(_get(LoginForm.class),
                new com.vaadin.flow.component.login.AbstractLogin.ForgotPasswordEvent(_get(LoginForm.class), true));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("password/forgot");
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerAndOnlyTheKnownOneAMail() {
        String known = ask(anna);
        UI.getCurrent().navigate("login");
        String unknown = ask("niemand@test.example");

        assertThat(known).isEqualTo("Wenn zu " + anna + " ein Konto besteht, ist eine Mail mit dem Link unterwegs. "
                + "Bitte sehen Sie auch im Spam-Ordner nach.");
        assertThat(unknown).isEqualTo(known.replace(anna, "niemand@test.example"));
        assertThat(mails.countTo(anna)).isEqualTo(1);
        assertThat(mails.countTo("niemand@test.example")).isZero();
    }

    @Test
    void aMalformedAddressIsShownBesideTheField() {
        UI.getCurrent().navigate("password/forgot");
        _setValue(_get(EmailField.class), "kein-at-zeichen");
        _click(_get(Button.class, spec -> spec.withText("Link senden")));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(mails.countTo("kein-at-zeichen")).isZero();
    }

    @Test
    void theLinkSetsANewPasswordOnceInTheLanguageOfTheForgotPage() {
        english();
        UI.getCurrent().navigate("password/forgot");
        _setValue(_get(EmailField.class), anna);
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        assertThat(mails.newestTo(anna).orElseThrow().subject()).isEqualTo("Your new password for Kogge");
        String link = mails.newestLinkTo(anna, "/password/reset/");

        UI.getCurrent().navigate(link.substring(1));
        setPasswords(NEW_PASSWORD, NEW_PASSWORD, "Save password");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Your new password is set. You can log in with it now.")))
                .isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Go to login")).getHref()).isEqualTo("login");

        UI.getCurrent().navigate(link.substring(1));
        assertThat(refusal()).startsWith("This link has been used already");
    }

    @Test
    void passwordsThatDoNotMatchAreShownAndTheLinkStaysUsable() {
        String link = requestLink();
        UI.getCurrent().navigate(link.substring(1));

        setPasswords(NEW_PASSWORD, NEW_PASSWORD + "!", "Passwort speichern");

        PasswordField repeated = _get(PasswordField.class, spec -> spec.withLabel("Neues Passwort wiederholen"));
        assertThat(repeated.isInvalid()).isTrue();
        assertThat(repeated.getErrorMessage()).isEqualTo("Die beiden Passwörter stimmen nicht überein.");
        setPasswords(NEW_PASSWORD, NEW_PASSWORD, "Passwort speichern");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Ihr neues Passwort gilt. Sie können sich jetzt damit einloggen."))).isNotNull();
    }

    @Test
    void anExpiredLinkSaysSoAndOffersANewOne() {
        Instant t0 = Instant.parse("2027-03-01T09:00:00Z");
        clock.stopAt(t0);
        String link = requestLink();
        clock.stopAt(t0.plus(Duration.ofHours(1)).plusSeconds(1));

        UI.getCurrent().navigate(link.substring(1));

        assertThat(refusal()).isEqualTo("Dieser Link ist abgelaufen. Fordern Sie bitte einen neuen an.");
        assertThat(LocatorJ._find(PasswordField.class)).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Einen neuen Link anfordern")).getHref())
                .isEqualTo("password/forgot");
    }

    @Test
    void aBadTokenIsUnknown() {
        UI.getCurrent().navigate("password/reset/" + "Q".repeat(43));
        assertThat(refusal()).startsWith("Diesen Link kennen wir nicht.");
        UI.getCurrent().navigate("password/reset/kaputt");
        assertThat(refusal()).startsWith("Diesen Link kennen wir nicht.");
    }

    @Test
    void aLoggedInPersonMayUseTheLinkToo() {
        String link = requestLink();
        login(anna);
        UI.getCurrent().navigate(link.substring(1));
        setPasswords(NEW_PASSWORD, NEW_PASSWORD, "Passwort speichern");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Ihr neues Passwort gilt. Sie können sich jetzt damit einloggen."))).isNotNull();
    }

    private String requestLink() {
        ask(anna);
        return mails.newestLinkTo(anna, "/password/reset/");
    }

    /** Asks for a link on the forgot page; the answer shown. */
    private String ask(String address) {
        UI.getCurrent().navigate("password/forgot");
        _setValue(_get(EmailField.class), address);
        _click(_get(Button.class, spec -> spec.withText("Link senden")));
        return _get(Paragraph.class, spec -> spec.withAttribute("role", "status")).getText();
    }

    private void setPasswords(String password, String repeated, String button) {
        PasswordField[] fields = LocatorJ._find(PasswordField.class).toArray(PasswordField[]::new);
        _setValue(fields[0], password);
        _setValue(fields[1], repeated);
        _click(_get(Button.class, spec -> spec.withText(button)));
    }

    private String refusal() {
        return _get(Paragraph.class, spec -> spec.withAttribute("role", "alert")).getText();
    }
}
