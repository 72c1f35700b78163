package org.kogge.account.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.CapturedMails;
import org.springframework.beans.factory.annotation.Autowired;

/** The account mails in a real browser, each link read from the captured mail as its recipient would follow it. */
class AccountMailBT extends BrowserTestBase {

    static final String NEW_PASSWORD = "Möwe-Hafen-Leuchtturm-7";

    @Autowired
    CapturedMails mails;

    @Test
    void signUpConfirmTheAddressAndRegister() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 20, EventState.PUBLISHED)
                .slug();

        open("signup?return=events/" + slug);
        field("vaadin-text-field", "Name").fill("Wiebke Wind");
        field("vaadin-email-field", "E-Mail").fill("wiebke@example.org");
        field("vaadin-combo-box", "Stadt").fill("Lübeck");
        page.locator("vaadin-combo-box-item:text-is('Lübeck')").click();
        field("vaadin-password-field", "Passwort").fill("Leuchtturm-Nebel-77");
        page.locator("vaadin-checkbox input").check();
        loadsNewPage(() -> button("Konto anlegen").click());

        assertThat(page.locator(".kogge-unconfirmed-notice")).containsText("Bitte bestätigen Sie zuerst");
        open(mails.newestLinkTo("wiebke@example.org", "/confirm/").substring(1));
        assertThat(page.getByText("Danke! Ihre E-Mail-Adresse ist bestätigt.")).isVisible();

        open("events/" + slug);
        assertThat(page.locator(".kogge-unconfirmed-notice")).hasCount(0);
        button("Anmelden").click();
        assertThat(page.getByText("Sie sind angemeldet.").first()).isVisible();
    }

    @Test
    void forgotPasswordMailLinkNewPasswordLogin() {
        String anna = fixtures.person("Anna Albers").email();

        open("login");
        page.locator("vaadin-login-form vaadin-button:text-is('Passwort vergessen?')").click();
        page.waitForURL(u -> u.endsWith("/password/forgot"));
        field("vaadin-email-field", "E-Mail").fill(anna);
        button("Link senden").click();
        assertThat(page.getByText("ist eine Mail mit dem Link unterwegs")).isVisible();

        open(mails.newestLinkTo(anna, "/password/reset/").substring(1));
        field("vaadin-password-field", "Neues Passwort").fill(NEW_PASSWORD);
        field("vaadin-password-field", "Neues Passwort wiederholen").fill(NEW_PASSWORD);
        button("Passwort speichern").click();
        assertThat(page.getByText("Ihr neues Passwort gilt.")).isVisible();

        login(anna, NEW_PASSWORD);
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
    }
}
