package org.kogge.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kogge.feedback.FeedbackService;
import org.kogge.testing.Axe;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.Overflow;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An attendee rates a session on a phone after it started; the form is accessible and the rating is kept; withdrawing
 * it asks first and keeps the keyboard focus in the section.
 */
class FeedbackBT extends BrowserTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired FeedbackService feedback;
    @Autowired StoppedClock clock;

    @Test
    void anAttendeeRatesASessionOnAPhone() {
        Programme p = programmes.programme();
        programmes.publish(p);
        clock.stopAt(ProgrammeFixtures.at(ScheduleFixtures.DAY1, 10, 30));
        page.setViewportSize(390, 844);
        login(p.kai());

        open("events/" + p.slug() + "/sessions/" + p.sensors());
        Locator section = page.locator(".kogge-feedback");
        PlaywrightAssertions.assertThat(section.locator("h2")).hasText("Rückmeldung zur Session");
        assertThat(Axe.blockingViolations(page)).isEmpty();
        assertThat(Overflow.findings(page)).isEmpty();

        // By role and accessible name: the radio is named by its visible label.
        section.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("4 – hilfreich").setExact(true)).check();
        section.locator("vaadin-text-area textarea").fill("Gute Beispiele aus Kiel");
        section.locator("vaadin-button:text-is('Rückmeldung senden')").click();

        Locator thanks = page.locator("vaadin-notification-card");
        PlaywrightAssertions.assertThat(thanks).containsText("Danke für Ihre Rückmeldung!");
        PlaywrightAssertions.assertThat(section.locator(".kogge-feedback-mine")).containsText("(4 von 5)");
        PlaywrightAssertions.assertThat(section.locator("vaadin-button:text-is('Rückmeldung ändern')")).isVisible();
        // Checked once the notice has gone: while it fades, axe measures its colours half-blended.
        PlaywrightAssertions.assertThat(thanks).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(Axe.blockingViolations(page)).isEmpty();
        assertThat(fixtures.as(p.kai(), () -> feedback.of(p.slug(), p.sensors()).orElseThrow().mine().comment()))
                .isEqualTo("Gute Beispiele aus Kiel");

        // Withdrawing asks first: keeping it (Escape) leaves the feedback and the focus on the button; withdrawing
        // rebuilds the section and moves the focus to its heading, not to the top of the page.
        Locator withdraw = section.locator("vaadin-button:text-is('Rückmeldung zurückziehen')");
        withdraw.click();
        dialogButton("Rückmeldung zurückziehen?", "Behalten");
        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(openDialog("Rückmeldung zurückziehen?")).hasCount(0);
        assertFocused(withdraw);
        PlaywrightAssertions.assertThat(section.locator(".kogge-feedback-mine")).containsText("(4 von 5)");

        withdraw.click();
        confirmDialog("Rückmeldung zurückziehen?", "Zurückziehen");
        PlaywrightAssertions.assertThat(section.locator(".kogge-feedback-mine")).hasCount(0);
        assertFocused(section.locator("h2"));
        assertThat(fixtures.as(p.kai(), () -> feedback.of(p.slug(), p.sensors()).orElseThrow().mine())).isNull();
    }
}
