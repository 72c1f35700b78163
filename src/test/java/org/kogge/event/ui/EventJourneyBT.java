package org.kogge.event.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.Fixtures;

/** An organizer creates and publishes an event in the browser; after logging out it is on the public list. */
class EventJourneyBT extends BrowserTestBase {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Test
    void organizerCreatesAndPublishesAnEventThatVisitorsSeeInGermanAndEnglish() {
        fixtures.person("Olga Organizer", Role.ORGANIZER);
        login("olga@test.example");

        open("organize/events/new");
        field("vaadin-text-field", "Titel").fill("Barcamp Hafenkante");
        page.getByRole(AriaRole.RADIO, new GetByRoleOptions().setName("Barcamp").setExact(true)).check();
        field("vaadin-combo-box", "Gastgeberstadt").fill(Fixtures.CITY);
        page.locator("vaadin-combo-box-item:text-is('" + Fixtures.CITY + "')").click();
        field("vaadin-text-field", "Veranstaltungsort").fill("Speicher 7");
        LocalDate day = LocalDate.now().plusDays(30);
        dateTime("Beginn", day, "10:00");
        dateTime("Ende", day, "17:00");
        button("Speichern").click();

        Locator publish = button("Veröffentlichen");
        assertThat(publish).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/organize/events/barcamp-hafenkante/settings$"));
        publish.click();
        assertThat(publish).hasCount(0);

        menuItem("Benutzermenü von Olga Organizer").click();
        loadsNewPage(() -> menuItem("Ausloggen").click());
        open("");
        assertThat(menuItem("Benutzermenü von Olga Organizer")).hasCount(0);
        assertThat(page.getByText("Barcamp Hafenkante")).isVisible();
        assertThat(page.getByText(Pattern.compile("^Veranstaltungen im Netzwerk"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sprache")).click();
        loadsNewPage(() -> page.getByRole(AriaRole.OPTION, new GetByRoleOptions().setName("English")).click());
        assertThat(page.getByText(Pattern.compile("^Events of the .* network$"))).isVisible();
        assertThat(page.locator("vaadin-select > label:text-is('City')")).isVisible();
        assertThat(page.getByText("Barcamp Hafenkante")).isVisible();
    }

    private void dateTime(String label, LocalDate date, String time) {
        Locator picker = page.locator("vaadin-date-time-picker:has(> label:text-is('" + label + "'))");
        Locator dateInput = picker.locator("vaadin-date-picker input");
        dateInput.fill(date.format(GERMAN_DATE));
        dateInput.press("Enter");
        Locator timeInput = picker.locator("vaadin-time-picker input");
        timeInput.fill(time);
        timeInput.press("Enter");
        timeInput.press("Tab");
    }

    private Locator menuItem(String name) {
        return page.getByRole(AriaRole.MENUITEM, new GetByRoleOptions().setName(name));
    }
}
