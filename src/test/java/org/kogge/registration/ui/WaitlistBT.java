package org.kogge.registration.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** One seat, two people: the second waits, and moves up when the first cancels. */
class WaitlistBT extends BrowserTestBase {

    @Autowired
    RegistrationService registrations;

    @Test
    void theFirstOnTheWaitlistMovesUpWhenTheSeatIsFreed() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Barcamp Hanse", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 1));
        String anna = fixtures.person("Anna Anmeldend").email();
        String bernd = fixtures.person("Bernd Wartend").email();

        Page pageA = page;
        login(anna);
        open("events/" + slug);
        panel(pageA).locator("vaadin-button:text-is('Anmelden')").click();
        assertThat(panel(pageA).getByText("Sie sind angemeldet.")).isVisible();

        try (BrowserContext contextB = context.browser().newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800))) {
            contextB.setDefaultTimeout(TIMEOUT_MS);
            Page pageB = contextB.newPage();
            page = pageB;
            login(bernd);
            open("events/" + slug);
            panel(pageB).locator("vaadin-button:text-is('Anmelden')").click();
            assertThat(panel(pageB).getByText("Sie stehen auf der Warteliste, Platz 1.")).isVisible();

            page = pageA;
            panel(pageA).locator("vaadin-button:text-is('Anmeldung stornieren')").click();
            confirmDialog("Anmeldung stornieren?", "Stornieren");
            assertThat(panel(pageA).getByText("Sie haben Ihre Anmeldung storniert.")).isVisible();

            page = pageB;
            pageB.reload();
            waitForVaadin();
            assertThat(panel(pageB).getByText("Sie sind von der Warteliste nachgerückt", new Locator.GetByTextOptions()))
                    .isVisible();
            assertThat(panel(pageB).getByText("Sie sind angemeldet.")).isVisible();
        } finally {
            page = pageA;
        }
    }

    private static Locator panel(Page p) {
        return p.locator(".kogge-registration");
    }
}
