package org.kogge.ceremony.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.CheckinRow;
import org.kogge.ceremony.CheckinService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.RsvpService;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.CeremonyFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** From the invitation link to an accepted answer, the guest's .ics, and the tick at the door. */
class CeremonyBT extends BrowserTestBase {

    @Autowired
    CeremonyService ceremonies;
    @Autowired
    RsvpService rsvp;
    @Autowired
    CheckinService checkin;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    @Test
    void guestAcceptsThroughTheLinkAndIsCheckedInAtTheDoor() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = ceremonyFixtures.ceremony(organizer, "Festakt im Rathaus");
        fixtures.as(organizer, () -> ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 2, false)));
        // A second guest, so that the door's list shows the search's result only once the search has run.
        GuestRow anna = ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bruno Brandt").stream()
                .filter(g -> g.name().equals("Anna Alt")).findFirst().orElseThrow();
        String token = CeremonyFixtures.token(anna);

        // The guest, without an account.
        open("invitation/" + token);
        assertThat(page.getByText("Persönliche Einladung für Anna Alt")).isVisible();
        page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Ja, ich nehme teil")).click();
        page.getByLabel("Begleitpersonen").fill("1");
        page.locator("vaadin-button:text-is('Antwort senden')").click();
        assertThat(page.getByText("Sie haben zugesagt und bringen eine Begleitperson mit.")).isVisible();
        assertThat(page.locator("a.kogge-rsvp-ics")).isVisible();
        assertThat(rsvp.open(token).rsvp()).isEqualTo(RsvpStatus.ACCEPTED);

        APIResponse ics = page.request().get(url("invitation/" + token + "/ceremony.ics"));
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.headers().get("content-type")).startsWith("text/calendar");
        assertThat(ics.text()).contains("SUMMARY:Festakt im Rathaus");

        // The organizer at the door, on another device.
        context.clearCookies();
        login(organizer);
        open("organize/events/" + slug + "/checkin");
        assertThat(page.locator(".kogge-checkin-card")).hasCount(2);
        page.getByLabel("Name suchen").fill("Ana Alt");
        // The search runs a moment after typing stops (lazy value change): one card left (of two guests) shows that it
        // has run, whatever the time it took.
        assertThat(page.locator(".kogge-checkin-card")).hasCount(1);
        waitForVaadin();
        Locator card = page.locator(".kogge-checkin-card").filter(new Locator.FilterOptions().setHasText("Anna Alt"));
        assertThat(card.getByText("+1 Begleitperson")).isVisible();
        card.locator("vaadin-button:text-is('Angekommen')").click();
        assertThat(card.getByText("Angekommen um")).isVisible();
        assertThat(page.getByText("Angekommen: 1 von 1 zugesagten Gästen, 1 von 1 Begleitpersonen")).isVisible();
        assertThat(fixtures.as(organizer, () -> checkin.counts(slug)).arrived()).isEqualTo(1);
    }

    @Test
    void aClickRightAfterTypingChecksInTheGuestClicked() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = ceremonyFixtures.ceremony(organizer, "Festakt im Rathaus");
        ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Felix Wagner", "Jana Jung");

        login(organizer);
        open("organize/events/" + slug + "/checkin");
        Locator felix = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angekommen: Felix Wagner"));
        assertThat(felix).isVisible();
        // No waiting between typing and clicking: the click follows the search (150 ms lazy) to the server.
        page.getByLabel("Name suchen").fill("Felx");
        felix.click();

        assertThat(page.locator(".kogge-checkin-announce")).hasText(Pattern.compile("^Felix Wagner ist angekommen \\("));
        Locator card = page.locator(".kogge-checkin-card").filter(new Locator.FilterOptions().setHasText("Felix Wagner"));
        assertThat(card.getByText("Angekommen um")).isVisible();
        assertThat(page.locator(".kogge-checkin-card")).hasCount(1);
        assertThat(fixtures.as(organizer, () -> checkin.search(slug, "Felix"))).singleElement()
                .matches(CheckinRow::arrived);
    }
}
