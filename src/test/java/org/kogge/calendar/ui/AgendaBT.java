package org.kogge.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.schedule.StarService;
import org.kogge.testing.Axe;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.HeadingOutline;
import org.kogge.testing.Overflow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My agenda in a real browser: the lazy list (issue 12) draws its days and entries in Chromium, with their links,
 * overlap badges and icons, headings in outline; the unstar button works by keyboard; a phone shows it without
 * sideways scrolling.
 */
class AgendaBT extends BrowserTestBase {

    @Autowired CalendarFixtures cf;
    @Autowired StarService stars;

    /** The participant whose agenda the tests open: hosts none of the camp's sessions. */
    private String me;

    /** Regenwasser and Watt (day 1, 10:00, at the same time), Moore (day 2), starred by a participant ({@link #me}). */
    private Camp starred() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche", "Moore", "Watt");
        me = cf.attendee(camp);
        fixtures.as(me, () -> {
            stars.toggle(camp.slug(), camp.sessions().get(0));
            stars.toggle(camp.slug(), camp.sessions().get(2));
            stars.toggle(camp.slug(), camp.sessions().get(3));
        });
        return camp;
    }

    private Locator list() {
        return page.locator("vaadin-virtual-list.kogge-agenda-list");
    }

    /**
     * The entries the list shows: a virtual list keeps the elements of lines it no longer has, hidden, to reuse them
     * when it grows again.
     */
    private Locator entries() {
        return list().locator("article.kogge-agenda-item:visible");
    }

    private Locator titles() {
        return entries().locator("h3 a");
    }

    private Locator entry(String title) {
        return entries().filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    @Test
    void theListShowsDaysAndEntriesWithLinksBadgesAndAnOutline() {
        Camp camp = starred();
        login(me);
        open("me/agenda");

        PlaywrightAssertions.assertThat(list().locator("h2.kogge-agenda-day:visible")).hasText(
                new String[] {"Samstag, 30. Oktober 2027", "Sonntag, 31. Oktober 2027"});
        PlaywrightAssertions.assertThat(titles()).hasText(
                new String[] {"Barcamp Smart Water", "Regenwasser", "Watt", "Moore"});
        Locator regenwasser = entry("Regenwasser");
        PlaywrightAssertions.assertThat(regenwasser).isVisible();
        assertThat(regenwasser.locator("h3 a").getAttribute("href"))
                .isEqualTo("events/" + camp.slug() + "/sessions/" + camp.sessions().get(0));
        PlaywrightAssertions.assertThat(regenwasser.locator(".kogge-agenda-when")).hasText("10:00 – 10:45");
        Locator overlap = regenwasser.locator(".kogge-agenda-overlap");
        PlaywrightAssertions.assertThat(overlap).hasText("Überschneidung mit Watt");
        PlaywrightAssertions.assertThat(overlap.locator("vaadin-icon[icon='vaadin:warning']")).isVisible();
        PlaywrightAssertions.assertThat(entry("Moore").locator(".kogge-agenda-overlap")).hasCount(0);
        PlaywrightAssertions.assertThat(entry("Barcamp Smart Water").locator("vaadin-button")).hasCount(0);
        // The entry is named by its title for assistive technology.
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ARTICLE,
                new Page.GetByRoleOptions().setName("Regenwasser").setExact(true))).isVisible();

        List<String> found = new java.util.ArrayList<>(Axe.blockingViolations(page));
        HeadingOutline.findings(page).forEach(found::add);
        assertThat(found).isEmpty();
    }

    @Test
    void unstarringByKeyboardTakesTheEntryAndItsOverlapAway() {
        Camp camp = starred();
        login(me);
        open("me/agenda");
        Locator unstar = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Stern entfernen: „Watt“").setExact(true));

        tabTo(unstar);
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card"))
                .containsText("„Watt“ ist nicht mehr in Ihrer Agenda.");
        PlaywrightAssertions.assertThat(titles()).hasText(
                new String[] {"Barcamp Smart Water", "Regenwasser", "Moore"});
        PlaywrightAssertions.assertThat(entry("Regenwasser").locator(".kogge-agenda-overlap")).hasCount(0);
        assertThat(fixtures.as(me, () -> stars.myStarsIn(camp.slug())))
                .containsExactlyInAnyOrder(camp.sessions().get(0), camp.sessions().get(2));
    }

    @Test
    void aPhoneShowsTheEntriesWithoutScrollingSideways() {
        Camp camp = starred();
        login(me);
        page.setViewportSize(390, 844);
        open("me/agenda");

        PlaywrightAssertions.assertThat(entry("Regenwasser")).isVisible();
        assertThat(entry("Regenwasser").boundingBox().width).isLessThanOrEqualTo(390);
        assertThat(Overflow.findings(page)).isEmpty();
    }
}
