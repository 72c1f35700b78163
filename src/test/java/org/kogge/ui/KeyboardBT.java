package org.kogge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.CapturedMails;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With the keyboard alone (Tab, Enter, Space, typing; no clicks): sign up and come back to the event, register and
 * cancel; log in from an event page, where Enter submits once and the login returns to the event; vote and star. After
 * each action the focus stays on the control that changed or moves to the message that says what happened, never
 * back to the top of the page.
 * <p>
 * Enter on a router link or a navigating button changes the view in the page (no new document): the test waits for
 * the new view's heading; only form posts and the sign-up's reload are waited for as new pages.
 */
class KeyboardBT extends BrowserTestBase {

    @Autowired ScheduleFixtures schedules;
    @Autowired ProgrammeFixtures programmes;
    @Autowired CapturedMails mails;

    @Test
    void signUpRegisterAndCancelWithTheKeyboard() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Barcamp Tastatur", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        open("events/" + slug);

        tabTo(page.locator(".kogge-auth-buttons vaadin-button:text-is('Registrieren')"));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1:text-is('Registrieren')")).isVisible();
        tabTo(field("vaadin-text-field", "Name"));
        page.keyboard().type("Tilda Taste");
        tabTo(field("vaadin-email-field", "E-Mail"));
        page.keyboard().type("tilda@example.org");
        tabTo(field("vaadin-combo-box", "Stadt"));
        page.keyboard().type("Lübeck");
        assertThat(page.locator("vaadin-combo-box-item:text-is('Lübeck')")).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(field("vaadin-combo-box", "Stadt")).hasValue("Lübeck");
        tabTo(field("vaadin-password-field", "Passwort"));
        page.keyboard().type("Leuchtturm-Nebel-77");
        tabTo(page.locator("vaadin-checkbox input"));
        page.keyboard().press("Space");
        tabTo(button("Konto anlegen"));
        loadsNewPage(() -> page.keyboard().press("Enter"));

        // Logged in and back on the event.
        assertThat(page).hasURL(url("events/" + slug));
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Benutzermenü von Tilda Taste")))
                .isVisible();
        // Registering waits for the address: the link from the captured mail confirms it, then back to the event.
        assertThat(page.locator(".kogge-unconfirmed-notice")).isVisible();
        open(mails.newestLinkTo("tilda@example.org", "/confirm/").substring(1));
        assertThat(page.getByText("Danke! Ihre E-Mail-Adresse ist bestätigt.")).isVisible();
        open("events/" + slug);
        assertThat(page.locator(".kogge-unconfirmed-notice")).hasCount(0);

        tabTo(button("Anmelden"));
        page.keyboard().press("Enter");
        Locator status = page.locator(".kogge-registration-status");
        assertThat(status).hasText("Sie sind angemeldet.");
        assertFocused(status);

        tabTo(button("Anmeldung stornieren"));
        page.keyboard().press("Enter");
        tabTo(dialogButton("Anmeldung stornieren?", "Stornieren"));
        page.keyboard().press("Enter");
        assertThat(openDialog("Anmeldung stornieren?")).hasCount(0);
        assertThat(status).hasText("Sie haben Ihre Anmeldung storniert.");
        assertFocused(status);
    }

    @Test
    void enterLogsInOnceAndTheLoginReturnsToTheEvent() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Barcamp Eingabe", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        String lena = fixtures.person("Lena Lotse").email();
        AtomicInteger loginPosts = new AtomicInteger();
        page.onRequest(request -> {
            if ("POST".equals(request.method()) && request.url().startsWith(url("login"))) {
                loginPosts.incrementAndGet();
            }
        });
        open("events/" + slug);

        tabTo(page.locator(".kogge-registration-login"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("login?return=events%2F" + slug));
        tabTo(page.locator("input[name=username]"));
        page.keyboard().type(lena);
        page.keyboard().press("Tab");
        assertFocused(page.locator("input[name=password]"));
        page.keyboard().type(Fixtures.PASSWORD);
        loadsNewPage(() -> page.keyboard().press("Enter"));

        assertThat(page).hasURL(url("events/" + slug));
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Benutzermenü von Lena Lotse")))
                .isVisible();
        assertThat(loginPosts).as("one Enter, one login").hasValue(1);
    }

    @Test
    void voteWithTheKeyboardAndKeepTheFocusOnTheVote() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = schedules.barcamp(organizer, "Barcamp Stimmen");      // proposals and voting open
        String anna = schedules.participant(slug, "Anna Abstimmend");
        schedules.proposal(slug, schedules.participant(slug, "Carla Vortragend"), "Sensoren im Kanal", 1);
        login(anna);
        open("events/" + slug + "/proposals");

        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Stimme geben (0) – Sensoren im Kanal").setExact(true)));
        page.keyboard().press("Enter");

        Locator taken = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Stimme zurücknehmen (1) – Sensoren im Kanal").setExact(true));
        assertThat(taken).hasAttribute("aria-pressed", "true");
        assertFocused(taken);
    }

    @Test
    void starWithTheKeyboardAndKeepTheFocusOnTheStar() {
        Programme p = programmes.programme();
        programmes.publish(p);
        login(p.kai());
        open("events/" + p.slug() + "/schedule");

        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Merken: „Sensornetze im Kanal“ für meine Agenda").setExact(true)));
        page.keyboard().press("Enter");

        Locator starred = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Gemerkt: „Sensornetze im Kanal“ – nicht mehr merken").setExact(true));
        assertThat(starred).isVisible();
        assertFocused(starred);
    }
}
