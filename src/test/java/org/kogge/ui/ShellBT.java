package org.kogge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kogge.testing.BrowserTestBase;

/** The app shell as the browser shows it: keyboard, language, phone width, built-in texts, one submit per Enter. */
class ShellBT extends BrowserTestBase {

    @Test
    void theFirstTabStopSkipsToTheContent() {
        open("privacy");

        page.keyboard().press("Tab");
        assertThat(page.locator("a.kogge-skip-link")).isFocused();
        assertThat(page.locator("a.kogge-skip-link")).isVisible();
        assertThat(page.locator("a.kogge-skip-link")).hasText("Zum Inhalt springen");

        page.keyboard().press("Enter");
        assertThat(page.locator("main#kogge-main")).isFocused();
        assertThat(page.locator("main#kogge-main h1")).hasText("Datenschutz");
        assertThat(page).hasURL(url("privacy"));
    }

    @Test
    void htmlLangFollowsTheChosenLanguageAlsoAfterNavigating() {
        open("privacy");
        assertThat(page.locator("html")).hasAttribute("lang", "de");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sprache")).click();
        loadsNewPage(() -> page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("English")).click());
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.locator("vaadin-side-nav-item").first().click();
        waitForVaadin();
        assertThat(page).not().hasURL(url("privacy"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void anEnglishBrowserReadsEnglishWithoutTheSwitchUntilThePersonChoosesGerman() {
        useBrowserLanguage("en-US");
        open("privacy");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main#kogge-main h1")).hasText("Privacy");
        Locator language = page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Language"));
        assertThat(language).hasText("English");

        language.click();
        loadsNewPage(() -> page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("Deutsch")).click());
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("main#kogge-main h1")).hasText("Datenschutz");
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sprache"))).hasText("Deutsch");
        assertThat(context.cookies()).anyMatch(c -> c.name.equals("kogge-lang") && c.value.equals("de"));

        page.reload();
        waitForVaadin();
        assertThat(page.locator("main#kogge-main h1")).hasText("Datenschutz");
    }

    @Test
    void onAPhoneLoginIsInTheDrawerAndTheBarKeepsTheTitleReadable() {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(TIMEOUT_MS);
        page = context.newPage();
        open("privacy");

        // The bar is at the bottom of a touch phone: the skip link stays hidden there until it has the focus, and
        // then shows at the top of the screen.
        Locator skip = page.locator("a.kogge-skip-link");
        assertThat(skip.boundingBox().width).isLessThanOrEqualTo(1);
        skip.focus();
        assertThat(skip.boundingBox().width).isGreaterThan(60);
        assertThat(skip.boundingBox().y).isBetween(0.0, 50.0);
        skip.blur();

        Locator title = page.locator(".kogge-view-title");
        assertThat(title).hasText("Datenschutz");
        assertThat(title.boundingBox().width).isGreaterThan(60);
        assertThat((Boolean) title.evaluate("t => t.scrollWidth <= t.clientWidth")).isTrue();

        // A long title ("Programm: Barcamp …") wraps to two lines, then ends in "…"; the toggle stays where it was.
        var toggleBefore = page.locator("vaadin-drawer-toggle").boundingBox();
        title.evaluate("t => t.textContent = 'Programm: Barcamp Smarte Wasserwirtschaft und Klimaanpassung in "
                + "norddeutschen Hansestädten'");
        double lineHeight = Double.parseDouble(((String) title.evaluate("t => getComputedStyle(t).lineHeight"))
                .replace("px", ""));
        assertThat(title.boundingBox().height).isBetween(2 * lineHeight - 1, 2 * lineHeight + 1);
        assertThat((Boolean) title.evaluate("t => t.scrollHeight > t.clientHeight")).isTrue();
        var toggleAfter = page.locator("vaadin-drawer-toggle").boundingBox();
        assertThat(toggleAfter.x).isEqualTo(toggleBefore.x);
        assertThat(toggleAfter.y).isEqualTo(toggleBefore.y);
        assertThat(title.boundingBox().y).isGreaterThanOrEqualTo(page.locator(".kogge-header").boundingBox().y);

        page.locator("vaadin-drawer-toggle").click();
        Locator login = page.locator(".kogge-drawer-auth vaadin-button:text-is('Einloggen')");
        assertThat(login).isVisible();
        login.click();
        page.waitForURL(url("login?return=privacy"));
    }

    @Test
    void theLoginFormsPasswordButtonIsNamedInGerman() {
        open("login");

        Locator password = page.locator("vaadin-login-form vaadin-password-field");
        page.waitForFunction("f => f.i18n && f.i18n.reveal === 'Passwort anzeigen'", password.elementHandle());
    }

    @Test
    void enterOnTheSignUpButtonSubmitsOnce() {
        open("signup");

        button("Konto anlegen").focus();
        page.keyboard().press("Enter");
        waitForVaadin();

        assertThat(page.locator("vaadin-notification-card:has-text('Bitte prüfen Sie die markierten Felder.')"))
                .hasCount(1);
    }
}
