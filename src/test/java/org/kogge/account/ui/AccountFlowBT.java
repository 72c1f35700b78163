package org.kogge.account.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.kogge.account.PersonUserDetailsService;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * In a real browser: what Karibu cannot show. Sign-up, the real login form, the data download (a separate HTTP
 * request that must see the logged-in person), deleting the account with logout, and the login lockout through
 * Spring Security's form login.
 */
class AccountFlowBT extends BrowserTestBase {

    @Autowired
    PersonUserDetailsService users;

    @Test
    void personSignsUpLogsInDownloadsTheirDataAndDeletesTheirAccount() throws Exception {
        page.navigate(url("signup?return=privacy"));
        field("vaadin-text-field", "Name").fill("Wiebke Wind");
        field("vaadin-email-field", "E-Mail").fill("Wiebke@Example.org");
        field("vaadin-combo-box", "Stadt").fill("Lübeck");
        page.locator("vaadin-combo-box-item:text-is('Lübeck')").click();
        field("vaadin-password-field", "Passwort").fill("Leuchtturm-Nebel-77");
        assertThat(page.getByText("Passwortstärke: stark")).isVisible();
        page.locator("vaadin-checkbox input").check();
        loadsNewPage(() -> button("Konto anlegen").click());

        // Logged in at once and back where the sign-up started.
        assertThat(page).hasURL(url("privacy"));
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Benutzermenü von Wiebke Wind")))
                .isVisible();
        page.navigate(url("account"));
        assertThat(page.locator("h1:text-is('Mein Konto')")).isVisible();
        assertThat(field("vaadin-text-field", "Name")).hasValue("Wiebke Wind");

        Download download = page.waitForDownload(() -> page.locator("a:text-is('Meine Daten herunterladen')").click());
        assertThat(download.suggestedFilename()).isEqualTo("kogge-meine-daten.json");
        String json = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"email\" : \"wiebke@example.org\"", "\"displayName\" : \"Wiebke Wind\"");

        button("Konto löschen").click();
        Locator delete = dialogButton("Konto endgültig löschen?", "Endgültig löschen");
        field("vaadin-password-field", "Ihr Passwort").fill("Leuchtturm-Nebel-77");
        delete.click();
        page.waitForURL(u -> !u.endsWith("/account"));      // logged out: the session has ended

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.loadUserByUsername("wiebke@example.org"))
                .isInstanceOf(UsernameNotFoundException.class);
        page.navigate(url("account"));
        page.waitForURL(url("login"));
        login("wiebke@example.org", "Leuchtturm-Nebel-77");
        assertThat(page.getByText("E-Mail oder Passwort stimmen nicht")).isVisible();
    }

    /**
     * Lena is logged in twice; changing the password in one browser ends the other session, whether that one next
     * loads a page or only clicks in the open page (over Vaadin's websocket), and keeps the first one logged in.
     */
    @Test
    void aPasswordChangeLogsOutTheOtherBrowserButNotThisOne() {
        fixtures.person("Lena Lotse");
        BrowserContext otherContext = context.browser().newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800));
        try {
            Page other = otherContext.newPage();
            otherContext.setDefaultTimeout(TIMEOUT_MS);
            Page mine = page;
            page = other;
            login("lena@test.example", Fixtures.PASSWORD);
            page.navigate(url("account"));
            assertThat(page.locator("h1:text-is('Mein Konto')")).isVisible();
            page = mine;
            login("lena@test.example", Fixtures.PASSWORD);
            page.navigate(url("account"));

            field("vaadin-password-field", "Aktuelles Passwort").fill(Fixtures.PASSWORD);
            field("vaadin-password-field", "Neues Passwort").fill("Neue-Segel-Setzen-19");
            button("Passwort ändern").click();
            assertThat(page.getByText("Passwort geändert.")).isVisible();

            other.locator("vaadin-button:text-is('Profil speichern')").click();
            other.waitForURL(url("login"));
            page.navigate(url("account"));
            assertThat(page.locator("h1:text-is('Mein Konto')")).isVisible();
            assertThat(page).hasURL(url("account"));
        } finally {
            otherContext.close();
        }
    }

    @Test
    void afterThreeWrongPasswordsTheLoginFormRefusesTheRightOne() {
        fixtures.person("Lena Lotse");
        for (int i = 0; i < 3; i++) {
            login("lena@test.example", "Falsches-Passwort-" + i);
            assertThat(page).hasURL(url("login?error"));
        }

        login("lena@test.example", Fixtures.PASSWORD);

        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("E-Mail oder Passwort stimmen nicht")).isVisible();
        login(Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(page).not().hasURL(url("login?error"));
    }
}
