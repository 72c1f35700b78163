package org.kogge.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Axe;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.HeadingOutline;
import org.kogge.testing.MySessionsFixtures;
import org.kogge.testing.MySessionsFixtures.Scenario;
import org.kogge.testing.Overflow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My sessions in a real browser on a phone: the lazy list draws its cards in Chromium with their links and badges,
 * the co-host request links to the board, headings in outline, no axe violation, no sideways scrolling.
 */
class MySessionsBT extends BrowserTestBase {

    @Autowired MySessionsFixtures mf;

    private Locator cards() {
        return page.locator("vaadin-virtual-list.kogge-my-sessions-list article.kogge-my-session:visible");
    }

    private Locator card(String title) {
        return cards().filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    @Test
    void aPhoneShowsMySessionsAccessiblyWithoutScrollingSideways() {
        Scenario s = mf.scenario();
        login(s.host());
        page.setViewportSize(390, 844);
        open("me/sessions");

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Meine Sessions");
        Locator placed = card("Regenwasser");
        PlaywrightAssertions.assertThat(placed).isVisible();
        assertThat(placed.locator("h3 a").getAttribute("href"))
                .isEqualTo("events/" + s.first().slug() + "/sessions/" + s.placed());
        PlaywrightAssertions.assertThat(placed.locator(".kogge-my-session-room")).hasText("Raum: Trave");
        Locator cancelled = card("Deiche").locator(".kogge-badge-cancelled");
        PlaywrightAssertions.assertThat(cancelled).hasText("Abgesagt");
        PlaywrightAssertions.assertThat(cancelled.locator("vaadin-icon[icon='vaadin:ban']")).isVisible();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.ARTICLE,
                new Page.GetByRoleOptions().setName("Regenwasser").setExact(true))).isVisible();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Auf der Vorschlagsseite von Barcamp Lübeck beantworten"))).isVisible();
        assertThat(placed.boundingBox().width).isLessThanOrEqualTo(390);

        List<String> found = new ArrayList<>(Axe.blockingViolations(page));
        HeadingOutline.findings(page).forEach(found::add);
        found.addAll(Overflow.findings(page));
        assertThat(found).isEmpty();
    }
}
