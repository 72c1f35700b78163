package org.kogge.schedule.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.demo.DemoData;
import org.kogge.demo.DemoWorld;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;
import org.kogge.testing.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo organizer opens the planner of the demo barcamp, asks for a proposed programme, sees it in the grid once
 * the solver is done (pushed to the page) and accepts it: the waiting sessions are placed.
 */
class AutoPlanBT extends BrowserTestBase {

    /** The solver runs in the background (5 s at most in the test profile); on a busy machine it may take longer. */
    private static final double PROPOSAL_TIMEOUT_MS = 120_000;

    @Autowired DemoWorld demo;
    @Autowired PlanningService planning;

    @Test
    void theDemoOrganizerAsksForAProgrammeSeesItInTheGridAndAcceptsIt() {
        demo.load();
        List<Long> waiting = today().unplaced().stream().map(ScheduledSession::id).toList();
        org.assertj.core.api.Assertions.assertThat(waiting).hasSize(5);

        login(DemoData.ORGANIZER, DemoData.PASSWORD);
        open("organize/events/" + DemoWorld.BARCAMP + "/schedule");
        assertThat(page.locator(".kogge-planner-side .kogge-planner-card")).hasCount(waiting.size());

        button("Programm vorschlagen").click();
        Locator accept = button("Vorschlag übernehmen");
        accept.waitFor(new Locator.WaitForOptions().setTimeout(PROPOSAL_TIMEOUT_MS));
        assertThat(page.locator(".kogge-planner-proposal-summary")).containsText("Übernehmen würde");
        assertThat(page.locator(".kogge-planner-cell .kogge-planner-proposal-new").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "playwright", "autoplan.png"))
                .setFullPage(true));

        accept.click();

        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Der Vorschlag ist übernommen."))).isVisible();
        assertThat(page.locator(".kogge-planner-proposal-summary")).hasCount(0);
        ScheduleSnapshot after = today();
        List<Long> placedNow = after.placed().stream().map(ScheduledSession::id).filter(waiting::contains).toList();
        org.assertj.core.api.Assertions.assertThat(placedNow).isNotEmpty();
        for (long id : placedNow) {
            assertThat(page.locator(".kogge-planner-cell .kogge-planner-card[data-session='" + id + "']")).isVisible();
        }
        assertThat(page.locator(".kogge-planner-side .kogge-planner-card")).hasCount(after.unplaced().size());
    }

    private ScheduleSnapshot today() {
        return fixtures.as(DemoData.ORGANIZER, () -> planning.planner(DemoWorld.BARCAMP));
    }
}
