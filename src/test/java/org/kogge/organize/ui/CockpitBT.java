package org.kogge.organize.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The organizer opens the event, takes its one "Organisieren" link and moves through the navigation to the planner. */
class CockpitBT extends BrowserTestBase {

    @Autowired ScheduleFixtures sf;

    @Test
    void organizerGoesFromTheEventPageThroughTheCockpitsNavigationToThePlanner() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(organizer, "Barcamp Smart Water");
        sf.participant(slug, "Erika Expertin");
        login(organizer);

        open("events/" + slug);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Organisieren: Barcamp Smart Water").setExact(true)).click();

        assertThat(page).hasURL(Pattern.compile(".*/organize/events/" + slug + "$"));
        assertThat(page.locator("h1").first()).hasText("Organisieren: Barcamp Smart Water");
        assertThat(page.locator(".kogge-cockpit-seats")).containsText("Belegt1");
        assertThat(current()).hasText("Überblick");

        navLink("Teilnehmende").click();
        assertThat(page).hasURL(Pattern.compile(".*/organize/events/" + slug + "/participants$"));
        assertThat(current()).hasText("Teilnehmende");

        navLink("Räume und Zeitfenster").click();
        assertThat(page).hasURL(Pattern.compile(".*/organize/events/" + slug + "/rooms$"));
        assertThat(current()).hasText("Räume und Zeitfenster");

        // The last step by keyboard: the navigation is plain links.
        navLink("Programmplanung").focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/organize/events/" + slug + "/schedule$"));
        assertThat(current()).hasText("Programmplanung");
        assertThat(page.locator("h1").first()).hasText("Programmplanung: Barcamp Smart Water");
    }

    private Locator nav() {
        return page.getByRole(AriaRole.NAVIGATION,
                new GetByRoleOptions().setName("Seiten zum Organisieren dieser Veranstaltung"));
    }

    private Locator navLink(String name) {
        return nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator current() {
        return nav().locator("a[aria-current='page']");
    }
}
