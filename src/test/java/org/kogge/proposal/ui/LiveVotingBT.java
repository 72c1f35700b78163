package org.kogge.proposal.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
            Locator voteB = pageB.locator("button.kogge-board-vote");
            assertThat(voteB).hasAccessibleName("Stimme geben (0) – Sensoren im Kanal");
            assertThat(voteB.locator(".kogge-board-vote-label")).hasText("Stimme geben (0)");
            assertThat(voteB).hasAttribute("aria-pressed", "false");
            page = pageA;

            // The card is an article named by its heading; its vote button is a real button, used by keyboard.
            Locator card = pageA.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Sensoren im Kanal"));
            assertThat(card.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                    .hasText("Sensoren im Kanal");
            Locator voteA = card.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Stimme geben (0) – Sensoren im Kanal").setExact(true));
            voteA.focus();
            pageA.keyboard().press("Enter");
            assertThat(pageA.locator("button.kogge-board-vote")).hasAccessibleName("Stimme zurücknehmen (1) – Sensoren im Kanal");
            assertThat(pageA.locator("button.kogge-board-vote")).hasAttribute("aria-pressed", "true");

            // Pushed by the server: waits like every assertion (TIMEOUT_MS), not a time of its own.
            assertThat(voteB).hasAccessibleName("Stimme geben (1) – Sensoren im Kanal");
            assertThat(voteB.locator(".kogge-board-vote-label")).hasText("Stimme geben (1)");
        } finally {
            page = pageA;
        }
    }
}
