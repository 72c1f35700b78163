package org.kogge.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kogge.testing.ProgrammeFixtures.at;
import static org.kogge.testing.ScheduleFixtures.DAY1;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.schedule.PlanningService;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public schedule in a real browser, where the CSS decides what shows: the grid on wide screens, the list on
 * phones (the same data); the "now" board full screen, without the app shell, in large type.
 */
class PublicScheduleBT extends BrowserTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired PlanningService planning;
    @Autowired StoppedClock clock;

    Programme p;

    @BeforeEach
    void programme() {
        clock.run();
        p = programmes.programme();
        programmes.publish(p);
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.hackathon()));
    }

    @AfterEach
    void runClock() {
        clock.run();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "playwright", name + ".png"))
                .setFullPage(true));
    }

    @Test
    void wideScreensGetTheGridPhonesTheList() {
        open("events/" + p.slug() + "/schedule");

        Locator programme = page.locator(".kogge-programme-days");
        Locator heads = programme.locator(".kogge-programme-room-heads").first();
        PlaywrightAssertions.assertThat(heads).isVisible();
        assertThat(heads.locator(":scope > span").allInnerTexts()).containsExactly("Zeit",
                "Saal Elbe\n80 Plätze, stufenlos erreichbar", "Raum Trave\n20 Plätze, stufenlos erreichbar");
        // Each session is in the page once, for wide screens and phones alike.
        Locator sensors = programme.locator(".kogge-programme-session", new Locator.LocatorOptions().setHasText("Sensornetze im Kanal"));
        Locator levels = programme.locator(".kogge-programme-session", new Locator.LocatorOptions().setHasText("Pegel offen teilen"));
        assertThat(sensors.count()).isEqualTo(1);
        // A grid: rooms side by side in one slot row, the place left to the column and row heads.
        assertThat(levels.boundingBox().y).isEqualTo(sensors.boundingBox().y);
        assertThat(levels.boundingBox().x).isGreaterThan(sensors.boundingBox().x + sensors.boundingBox().width - 2);
        assertThat(sensors.locator(".kogge-programme-place").boundingBox().width).isLessThanOrEqualTo(1);
        Locator cancelled = programme.locator(".kogge-programme-cancelled .kogge-programme-title");
        assertThat(cancelled.innerText()).isEqualTo("Hafen-Hackathon");
        assertThat(cancelled.evaluate("e => getComputedStyle(e).textDecorationLine")).isEqualTo("line-through");
        assertThat(programme.locator(".kogge-programme-cancelled .kogge-programme-cancelled-label").innerText())
                .isEqualTo("abgesagt");
        screenshot("PublicScheduleBT-wide");

        page.setViewportSize(390, 844);
        PlaywrightAssertions.assertThat(heads).isHidden();
        assertThat(levels.boundingBox().y).isGreaterThan(sensors.boundingBox().y);
        assertThat(programme.locator("h3").first().innerText()).isEqualTo("10:00 – 11:00");
        PlaywrightAssertions.assertThat(sensors.locator(".kogge-programme-place")).hasText("Saal Elbe, 10:00 – 11:00");
        assertThat(sensors.locator(".kogge-programme-place").boundingBox().width).isGreaterThan(50);
        // A break shows its label on phones too, and no line of the lazy list is a blank stand-in: it puts one of
        // average height, invisible, in place of a line that has no height (the break's was hidden on phones).
        Locator coffee = programme.locator(".kogge-programme-slot-label", new Locator.LocatorOptions().setHasText("Kaffeepause"));
        coffee.scrollIntoViewIfNeeded();
        PlaywrightAssertions.assertThat(coffee).isVisible();
        assertThat(programme.locator("[role=listitem]").evaluateAll(
                "lines => lines.filter(l => l.style.opacity === '0' || l.style.paddingTop !== '').length"))
                .isEqualTo(0);
        screenshot("PublicScheduleBT-phone");
    }

    @Test
    void firstSessionsComeWithThePageItself() {
        // The page's own answer carries the first lines: the browser need not ask for them before it draws them.
        Response answer = open("events/" + p.slug() + "/schedule");
        assertThat(answer.text()).contains("Sensornetze im Kanal", "Pegel offen teilen");

        Locator titles = page.locator(".kogge-programme-days .kogge-programme-title");
        PlaywrightAssertions.assertThat(titles.first()).isVisible();
        assertThat(titles.allInnerTexts()).contains("Sensornetze im Kanal", "Pegel offen teilen");
    }

    @Test
    void theProgrammeIsReadableWithoutJavaScript() {
        try (BrowserContext noScript = newContextWithoutJavaScript()) {
            Page plain = noScript.newPage();
            plain.navigate(url("events/" + p.slug() + "/schedule"));

            PlaywrightAssertions.assertThat(plain.locator("h1")).hasText("Programm von Barcamp Kanal");
            PlaywrightAssertions.assertThat(plain.locator("main")).hasCount(1);
            Locator titles = plain.locator(".kogge-programme-days .kogge-programme-title");
            PlaywrightAssertions.assertThat(titles.first()).isVisible();
            assertThat(titles.allInnerTexts()).containsExactly("Sensornetze im Kanal", "Pegel offen teilen",
                    "Energie aus Abwasser", "Hafen-Hackathon", "Rückblick");
            // The wide screen's grid, as the live list draws it.
            Locator sessions = plain.locator(".kogge-programme-session");
            assertThat(sessions.nth(1).boundingBox().y).isEqualTo(sessions.first().boundingBox().y);
            assertThat(plain.locator(".kogge-programme-cancelled .kogge-programme-title").innerText())
                    .isEqualTo("Hafen-Hackathon");
        }
    }

    @Test
    void theLiveListTakesTheFirstPaintsPlaceWhereTheVisitorScrolled() {
        String slug = programmes.programmeOf(60, 2, 2, 30);
        // Vaadin's scripts are held back until the visitor has scrolled the page's first paint.
        List<Route> held = openWithScriptsHeld("events/" + slug + "/schedule");
        Locator copy = page.locator("#kogge-first-paint");
        PlaywrightAssertions.assertThat(copy.locator(".kogge-programme-title").first()).isVisible();
        String top = (String) copy.locator(".kogge-programme-days").evaluate("""
                b => { b.scrollTop = b.scrollHeight / 2;
                       const t = b.getBoundingClientRect().top;
                       return [...b.querySelectorAll('.kogge-programme-title')]
                           .find(a => a.getBoundingClientRect().top >= t).textContent; }""");
        assertThat(top).isNotEqualTo("Session 0");
        releaseScripts(held);

        PlaywrightAssertions.assertThat(copy).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("main")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator(".kogge-programme-days")).hasCount(1);
        Locator title = page.locator("vaadin-virtual-list .kogge-programme-title",
                new Page.LocatorOptions().setHasText(top)).first();
        PlaywrightAssertions.assertThat(title).isVisible();
        assertThat((Boolean) title.evaluate("""
                a => { const b = a.closest('vaadin-virtual-list').getBoundingClientRect();
                       const r = a.getBoundingClientRect();
                       return r.top >= Math.max(b.top, 0) && r.bottom <= Math.min(b.bottom, innerHeight); }"""))
                .as("%s in the list's view", top).isTrue();
    }

    @Test
    void theLiveViewTakesOverWithoutMovingTheProgramme() {
        String slug = programmes.programmeOf(60, 2, 2, 30);
        String where = """
                () => [document.querySelector('.kogge-programme-days'), document.querySelector('.kogge-programme-title')]
                          .map(e => Math.round(e.getBoundingClientRect().top))""";
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            List<Route> held = openWithScriptsHeld("events/" + slug + "/schedule");
            page.locator("#kogge-first-paint .kogge-programme-title").first().waitFor();
            awaitStyles();
            List<?> painted = (List<?>) page.evaluate(where);
            releaseScripts(held);
            PlaywrightAssertions.assertThat(page.locator("#kogge-first-paint")).hasCount(0);
            page.locator("vaadin-virtual-list .kogge-programme-title").first().waitFor();
            List<?> live = (List<?>) page.evaluate(where);
            for (int i = 0; i < 2; i++) {
                assertThat(((Number) live.get(i)).intValue())
                        .as("%d px wide: the list's box and its first title stay where the first paint showed them",
                                size[0])
                        .isCloseTo(((Number) painted.get(i)).intValue(), within(4));
            }
        }
    }

    /**
     * Waits for the page's stylesheets (Lumo's and Kogge's, links in its head): the browser paints nothing before
     * them, but a script may measure the page earlier, laid out without them (on a busy machine the list's box once
     * stood 232 px higher in the first paint than in the live view at 390 px, where styled they are the same).
     */
    private void awaitStyles() {
        page.waitForFunction("""
                () => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)
                      && getComputedStyle(document.documentElement).getPropertyValue('--lumo-space-m').trim() !== ''""");
    }

    /** Opens a page, holding Vaadin's scripts back: the visitor sees only what the page itself brought. */
    private List<Route> openWithScriptsHeld(String path) {
        List<Route> held = new ArrayList<>();
        page.route("**/VAADIN/build/**", held::add);
        page.navigate(url(path), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        return held;
    }

    private void releaseScripts(List<Route> held) {
        page.unroute("**/VAADIN/build/**");
        held.forEach(Route::resume);
        waitForVaadin();
    }

    @Test
    void nowBoardFillsTheScreenWithoutTheAppShell() {
        clock.stopAt(at(DAY1, 10, 15));
        page.setViewportSize(1920, 1080);

        open("events/" + p.slug() + "/now");

        assertThat(page.locator("vaadin-app-layout").count()).isZero();
        assertThat(page.locator(".kogge-nowboard-clock").innerText()).isEqualTo("10:15");
        Locator title = page.locator(".kogge-nowboard-now .kogge-nowboard-session-title").first();
        assertThat(title.innerText()).isEqualTo("Sensornetze im Kanal");
        double size = Double.parseDouble(String.valueOf(title.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")));
        assertThat(size).isGreaterThanOrEqualTo(36);
        assertThat(page.locator(".kogge-nowboard").evaluate("e => getComputedStyle(e).backgroundColor"))
                .isEqualTo("rgb(0, 0, 0)");
        screenshot("PublicScheduleBT-now");
    }
}
