package org.kogge.account.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.Fixtures;

/** Logging in through the real login form, and choosing the language, in a real browser. */
class LoginBT extends BrowserTestBase {

    @Test
    void adminLogsInAndSeesTheirNameInTheUserMenu() {
        login(Fixtures.ADMIN);

        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        Locator userMenu = menuItem("Benutzermenü von Ada Admin");
        assertThat(userMenu).containsText("Ada Admin");
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Registrieren"))).hasCount(0);
        userMenu.click();
        assertThat(menuItem("Ausloggen")).isVisible();
        assertThat(menuItem("Mein Konto")).isVisible();
    }

    @Test
    void wrongPasswordShowsTheGermanErrorAndNoUserMenu() {
        login(Fixtures.ADMIN, "falsches-Passwort-123");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Einloggen fehlgeschlagen")).isVisible();
        assertThat(page.getByText("E-Mail oder Passwort stimmen nicht"))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Registrieren"))).isVisible();
        assertThat(menuItem("Benutzermenü von Ada Admin")).hasCount(0);
    }

    @Test
    void switchingToEnglishChangesTheTextsAndSurvivesAReload() {
        open("login");
        assertThat(submitButton()).hasText("Einloggen");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sprache")).click();
        loadsNewPage(() -> page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("English")).click());

        assertThat(submitButton()).hasText("Log in");
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign up"))).isVisible();
        assertThat(page.context().cookies()).anyMatch(c -> c.name.equals("kogge-lang") && c.value.equals("en"));

        page.reload();
        waitForVaadin();
        assertThat(submitButton()).hasText("Log in");
        assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Language"))).hasText("English");

        login(Fixtures.ADMIN);
        menuItem("User menu of Ada Admin").click();
        assertThat(menuItem("Log out")).isVisible();
        assertThat(menuItem("My account")).isVisible();
    }

    private Locator submitButton() {
        return page.locator("vaadin-login-form vaadin-button[slot=submit]");
    }

    private Locator menuItem(String name) {
        return page.getByRole(AriaRole.MENUITEM, new GetByRoleOptions().setName(name));
    }
}
