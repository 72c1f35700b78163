package org.kogge.account.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.PersonUserDetailsService;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * In a real browser: what Karibu cannot show. Sign-up, the real login form, the data download (a separate HTTP
 * request that must see the logged-in person), deleting the account with logout, and the login lockout through
 * Spring Security's form login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountFlowBT {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PersonUserDetailsService users;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        fixtures.reset();
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
        context.addCookies(List.of(new Cookie("kogge-lang", "de").setDomain("localhost").setPath("/")));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** The input of a Vaadin field with this visible label. */
    private Locator field(String tag, String label) {
        return page.locator(tag + ":has(> label:text-is('" + label + "')) input");
    }

    private Locator button(String text) {
        return page.locator("vaadin-button:text-is('" + text + "')");
    }

    private void logIn(String email, String password) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void personSignsUpLogsInDownloadsTheirDataAndDeletesTheirAccount() throws Exception {
        page.navigate(url("signup"));
        field("vaadin-text-field", "Name").fill("Wiebke Wind");
        field("vaadin-email-field", "E-Mail").fill("Wiebke@Example.org");
        field("vaadin-combo-box", "Stadt").fill("Lübeck");
        page.locator("vaadin-combo-box-item:text-is('Lübeck')").click();
        field("vaadin-password-field", "Passwort").fill("Leuchtturm-Nebel-77");
        assertThat(page.getByText("Passwortstärke: stark")).isVisible();
        page.locator("vaadin-checkbox input").check();
        button("Konto anlegen").click();

        assertThat(page.getByText("Konto angelegt, bitte anmelden.")).isVisible();
        page.waitForURL(url("login"));

        logIn("wiebke@example.org", "Leuchtturm-Nebel-77");
        page.navigate(url("account"));
        assertThat(page.locator("h2:text-is('Mein Konto')")).isVisible();
        assertThat(field("vaadin-text-field", "Name")).hasValue("Wiebke Wind");

        Download download = page.waitForDownload(() -> page.locator("a:text-is('Meine Daten herunterladen')").click());
        assertThat(download.suggestedFilename()).isEqualTo("kogge-meine-daten.json");
        String json = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"email\" : \"wiebke@example.org\"", "\"displayName\" : \"Wiebke Wind\"");

        button("Konto löschen").click();
        field("vaadin-password-field", "Ihr Passwort").fill("Leuchtturm-Nebel-77");
        button("Endgültig löschen").click();
        page.waitForURL(u -> !u.endsWith("/account"));      // logged out: the session has ended

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.loadUserByUsername("wiebke@example.org"))
                .isInstanceOf(UsernameNotFoundException.class);
        page.navigate(url("account"));
        page.waitForURL(url("login"));
        logIn("wiebke@example.org", "Leuchtturm-Nebel-77");
        assertThat(page.getByText("E-Mail oder Passwort stimmen nicht")).isVisible();
    }

    /**
     * Lena is logged in twice; changing the password in one browser ends the other session, whether that one next
     * loads a page or only clicks in the open page (over Vaadin's websocket), and keeps the first one logged in.
     */
    @Test
    void aPasswordChangeLogsOutTheOtherBrowserButNotThisOne() {
        fixtures.person("Lena Lotse");
        BrowserContext otherContext = browser.newContext();
        try {
            Page other = otherContext.newPage();
            other.setDefaultTimeout(20_000);
            Page mine = page;
            page = other;
            logIn("lena@test.example", Fixtures.PASSWORD);
            page.navigate(url("account"));
            assertThat(page.locator("h2:text-is('Mein Konto')")).isVisible();
            page = mine;
            logIn("lena@test.example", Fixtures.PASSWORD);
            page.navigate(url("account"));

            field("vaadin-password-field", "Aktuelles Passwort").fill(Fixtures.PASSWORD);
            field("vaadin-password-field", "Neues Passwort").fill("Neue-Segel-Setzen-19");
            button("Passwort ändern").click();
            assertThat(page.getByText("Passwort geändert.")).isVisible();

            other.locator("vaadin-button:text-is('Profil speichern')").click();
            other.waitForURL(url("login"));
            page.navigate(url("account"));
            assertThat(page.locator("h2:text-is('Mein Konto')")).isVisible();
            assertThat(page).hasURL(url("account"));
        } finally {
            otherContext.close();
        }
    }

    @Test
    void afterThreeWrongPasswordsTheLoginFormRefusesTheRightOne() {
        fixtures.person("Lena Lotse");
        for (int i = 0; i < 3; i++) {
            logIn("lena@test.example", "Falsches-Passwort-" + i);
            assertThat(page).hasURL(url("login?error"));
        }

        logIn("lena@test.example", Fixtures.PASSWORD);

        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("E-Mail oder Passwort stimmen nicht")).isVisible();
        logIn(Fixtures.ADMIN, Fixtures.PASSWORD);
        assertThat(page).not().hasURL(url("login?error"));
    }
}
