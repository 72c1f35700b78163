package org.kogge.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of real-browser tests, named {@code *BT} (run by failsafe in {@code ./mvnw verify}): the app on a random
 * port, Debian's Chromium driven by Playwright (one browser per class, a fresh context and page per test, German
 * locale), a fresh database per test, and a screenshot in {@code target/playwright/} when a test fails.
 * <p>
 * On a busy machine (a load of 10 on two cores) everything takes several times longer: tests wait for what they
 * need (Vaadin settled, an overlay open and still, a button visible and enabled) and never for a fixed time. Actions
 * and assertions share one timeout, {@link #TIMEOUT_MS}; Playwright's assertions would otherwise give up after 5 s.
 * <p>
 * All browser tests share one application context: the app's clock is the {@link StoppedClock} for every one of them
 * (running with the system clock unless a test stops it, and running again after each test), so that a test that
 * needs "now" at a given moment does not start the app a second time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StoppedClock.Config.class)
public abstract class BrowserTestBase {

    /** Vaadin in dev mode needs a while for its first page; later pages are quick. */
    protected static final double FIRST_PAGE_TIMEOUT_MS = 60_000;
    protected static final double TIMEOUT_MS = 15_000;
    private static final Path CHROMIUM = Paths.get(System.getProperty("kogge.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "playwright");
    /** How far {@link #tabTo} looks: more tab stops than any page has before its last control. */
    private static final int MAX_TAB_PRESSES = 80;
    /** The innermost focused element, through open shadow roots (null if none). */
    private static final String FOCUSED = "() => { let f = document.activeElement;"
            + " while (f && f.shadowRoot && f.shadowRoot.activeElement) { f = f.shadowRoot.activeElement; } return f; }";

    private static Playwright playwright;
    private static Browser browser;
    private static boolean firstPage = true;

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    private StoppedClock appClock;

    protected BrowserContext context;
    protected Page page;

    /** Saves a screenshot of a failed test's page, before {@link #closePage()} closes it. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = ctx -> {
        if (ctx.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(ctx.getRequiredTestClass().getSimpleName() + "-"
                    + ctx.getRequiredTestMethod().getName() + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        }
    };

    @BeforeAll
    static void launchBrowser() {
        firstPage = true;
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        fixtures.reset();
        context = newContext(TIMEOUT_MS, FIRST_PAGE_TIMEOUT_MS);
        page = context.newPage();
    }

    /**
     * A new browser context of the class's browser (German locale, 1280 x 800, its own empty cache and cookies) with
     * these timeouts for actions and navigations; the caller closes it. German, because Kogge follows the browser's
     * language until a person chooses one, and Chromium on its own asks for the machine's (often en-US): the tests read
     * German pages unless they ask for another browser language with {@link #useBrowserLanguage}.
     */
    protected static BrowserContext newContext(double timeoutMs, double navigationTimeoutMs) {
        return newContext(new Browser.NewContextOptions(), timeoutMs, navigationTimeoutMs);
    }

    /**
     * Goes on with a fresh browser (no cookies) whose language is {@code locale}, e.g. {@code "en-US"}: it sends
     * that language as Accept-Language and {@code navigator.language}.
     */
    protected void useBrowserLanguage(String locale) {
        context.close();
        context = newContext(new Browser.NewContextOptions().setLocale(locale), TIMEOUT_MS, FIRST_PAGE_TIMEOUT_MS);
        page = context.newPage();
    }

    private static BrowserContext newContext(Browser.NewContextOptions options, double timeoutMs,
                                             double navigationTimeoutMs) {
        if (options.locale == null) {
            options.setLocale("de-DE");
        }
        BrowserContext fresh = browser.newContext(options.setViewportSize(1280, 800));
        fresh.setDefaultTimeout(timeoutMs);
        fresh.setDefaultNavigationTimeout(navigationTimeoutMs);
        return fresh;
    }

    /** A new browser context like {@link #newContext} whose pages run no JavaScript; the caller closes it. */
    protected static BrowserContext newContextWithoutJavaScript() {
        return newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false), TIMEOUT_MS,
                FIRST_PAGE_TIMEOUT_MS);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
        appClock.run();
    }

    /** The app's address for a path such as {@code "login"} or {@code "/events"}. */
    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens a page of the app and waits until Vaadin has rendered it. */
    protected Response open(String path) {
        Response response = page.navigate(url(path));
        waitForVaadin();
        return response;
    }

    /**
     * Waits until Vaadin's client has finished talking to the server (as Vaadin's own TestBench does). The first
     * page after start-up gets {@link #FIRST_PAGE_TIMEOUT_MS}.
     */
    protected void waitForVaadin() {
        double timeout = firstPage ? FIRST_PAGE_TIMEOUT_MS : TIMEOUT_MS;
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))",
                null, new Page.WaitForFunctionOptions().setTimeout(timeout).setPollingInterval(100));
        firstPage = false;
    }

    /** Logs in through the real login form with the fixtures' password; waits until the app has loaded again. */
    protected void login(String email) {
        login(email, Fixtures.PASSWORD);
    }

    protected void login(String email, String password) {
        open("login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        loadsNewPage(() -> page.locator("vaadin-login-form vaadin-button[slot=submit]").click());
    }

    /**
     * Runs an action that makes the browser load a new document (a form post, a redirect, a reload in another
     * language) and waits until the new document is there and Vaadin has settled. The old document is marked first,
     * so that a reload of the same address is told apart from the page it replaces.
     */
    protected void loadsNewPage(Runnable action) {
        page.evaluate("() => { window.__koggeOldPage = true; }");
        action.run();
        page.waitForFunction("() => document.readyState !== 'loading' && !window.__koggeOldPage", null,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS).setPollingInterval(100));
        waitForVaadin();
    }

    /**
     * Presses Tab until the keyboard focus is on {@code target} (or inside it, such as the input of a Vaadin field),
     * as a keyboard user moves through the page, and fails naming where the focus went if it never gets there.
     */
    protected void tabTo(Locator target) {
        PlaywrightAssertions.assertThat(target).isVisible();
        for (int presses = 0; presses < MAX_TAB_PRESSES; presses++) {
            if (hasFocus(target)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + target + "; the focus is on " + focusedElement());
    }

    /** Asserts that the keyboard focus is on {@code target} or inside it, waiting for it like every assertion. */
    protected void assertFocused(Locator target) {
        try {
            page.waitForCondition(() -> hasFocus(target), new Page.WaitForConditionOptions().setTimeout(TIMEOUT_MS));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("expected the focus on " + target + " but it is on " + focusedElement(), e);
        }
    }

    private boolean hasFocus(Locator target) {
        if (target.count() != 1) {
            return false;
        }
        JSHandle focused = page.evaluateHandle(FOCUSED);
        try {
            return (Boolean) target.evaluate("(el, f) => f !== null && (el === f || el.contains(f))", focused);
        } finally {
            focused.dispose();
        }
    }

    /** The start of the focused element's HTML, for failure messages. */
    private String focusedElement() {
        return (String) page.evaluate("() => { const f = (" + FOCUSED + ")(); return f ? f.outerHTML.slice(0, 200) : 'nothing'; }");
    }

    /** The input of a Vaadin field (such as {@code "vaadin-text-field"}) with this visible label. */
    protected Locator field(String tag, String label) {
        return page.locator(tag + ":has(> label:text-is('" + label + "')) input");
    }

    /** A Vaadin button with exactly this text. */
    protected Locator button(String text) {
        return page.locator("vaadin-button:text-is('" + text + "')");
    }

    /**
     * Answers Vaadin's confirm dialog titled {@code title} with the button named {@code button} (see
     * {@link #dialogButton}), then waits until the dialog has closed and Vaadin has settled.
     */
    protected void confirmDialog(String title, String button) {
        dialogButton(title, button).click();
        PlaywrightAssertions.assertThat(openDialog(title)).hasCount(0);
        waitForVaadin();
    }

    /**
     * The button named {@code button} of the open dialog titled {@code title} (accessible names, as a screen reader
     * finds them), once a person could click it: the server has answered the click that opened the dialog, the dialog
     * is open and its opening animation is over, the button is visible and enabled. A click on a dialog that is still
     * animating in can miss the moving button on a slow machine; waiting for these conditions does not depend on speed.
     */
    protected Locator dialogButton(String title, String button) {
        waitForVaadin();
        Locator dialog = openDialog(title);
        PlaywrightAssertions.assertThat(dialog).hasCount(1);
        PlaywrightAssertions.assertThat(dialog).not().hasAttribute("opening", Pattern.compile(".*"));
        Locator target = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true));
        PlaywrightAssertions.assertThat(target).isVisible();
        PlaywrightAssertions.assertThat(target).isEnabled();
        return target;
    }

    /** The open dialog (Vaadin's Dialog or ConfirmDialog) with this accessible name. */
    protected Locator openDialog(String title) {
        return page.getByLabel(title, new Page.GetByLabelOptions().setExact(true)).and(page.locator("[opened]"));
    }
}
