package org.kogge.proposal.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.ProposalService;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A vote given in one browser shows up in another browser's open board without a reload (push). */
class LiveVotingBT extends BrowserTestBase {

    @Autowired
    ProposalService proposals;
    @Autowired
    BarcampSettingsService barcampSettings;

    @Autowired
    RegistrationService registrations;

    @Test
    void aVoteInOneBrowserUpdatesTheCountInAnother() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Barcamp Live", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, null));
        String anna = BoardTesting.participant(fixtures, registrations, slug, "Anna Abstimmend");
        String bernd = BoardTesting.participant(fixtures, registrations, slug, "Bernd Beobachter");
        String carla = BoardTesting.participant(fixtures, registrations, slug, "Carla Vortragend");
        BoardTesting.propose(fixtures, proposals, slug, carla, "Sensoren im Kanal");

        Page pageA = page;
        login(anna);
        open("events/" + slug + "/proposals");

        try (BrowserContext contextB = context.browser().newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800))) {
            contextB.setDefaultTimeout(TIMEOUT_MS);
            Page pageB = contextB.newPage();
            page = pageB;
            login(bernd);
            open("events/" + slug + "/proposals");
            assertThat(pageB.locator("vaadin-button.kogge-board-vote")).hasText("Stimme geben (0)");
            page = pageA;

            pageA.locator("vaadin-button.kogge-board-vote").click();
            assertThat(pageA.locator("vaadin-button.kogge-board-vote")).hasText("Stimme zurücknehmen (1)");

            // Pushed by the server: waits like every assertion (TIMEOUT_MS), not a time of its own.
            assertThat(pageB.locator("vaadin-button.kogge-board-vote")).hasText("Stimme geben (1)");
        } finally {
            page = pageA;
        }
    }
}
