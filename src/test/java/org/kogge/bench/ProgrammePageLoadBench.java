package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitUntilState;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public programme of 500 sessions (10 rooms, 2 days, generated through the services) in Chromium (issue 12,
 * goal 4): per run, a cold visit (new browser context, empty cache) and a warm reload (same context): milliseconds
 * from navigation start until the first session title is visible and until the last one ("Session 499", in the last
 * slot row) is visible, reached the page's own way: as soon as the first title shows, the programme's list (it
 * scrolls in its own box) is scrolled to its end, frame by frame until the last title is rendered; bytes over the
 * wire (CDP {@code Network.loadingFinished.encodedDataLength} of every response, plus the payload of the push
 * WebSocket's frames both ways, which carry Vaadin's UIDL) and the same uncompressed (decoded bodies of responses not
 * served from the cache, plus the frames). Medians and minima of {@code -Dkogge.bench.runs} runs (default 5) beside
 * the baseline, with the load average. Timing is taken in the page ({@code performance.now()} in an
 * animation-frame loop), waits are on what the page shows; asserts only correctness (all 500 titles reachable).
 * <p>
 * The app runs as the tests run it: Vaadin in development mode with its pre-compiled development bundle (larger
 * than the production bundle of the baseline); compression on. Run:
 * {@code ./mvnw -B -o -Pbench test -Dtest=ProgrammePageLoadBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.devmode.componentTracker.enabled=false"})
class ProgrammePageLoadBench {

    static final int RUNS = Integer.getInteger("kogge.bench.runs", 5);
    static final int SESSIONS = 500;
    static final String LAST = "Session " + (SESSIONS - 1);
    static final double TIMEOUT_MS = 180_000;
    /** Baseline of issue 12 (production jar, Chromium): ms to the 500th title, bytes of the page. */
    static final double BASE_COLD_MS = 1700;
    static final double BASE_WARM_MS = 1160;
    static final double BASE_COLD_BYTES = 2.82e6;
    static final double BASE_WARM_BYTES = 2.34e6;

    /**
     * Installed before the page's own scripts: records when the first title is visible, then scrolls the programme's
     * list to its end each frame until the last title is visible, and records that.
     */
    static final String PROBE = """
            (() => {
              const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
              const tick = () => {
                const titles = [...document.querySelectorAll('.kogge-programme-title')].filter(shown);
                if (titles.length && !window.__firstTitle) { window.__firstTitle = performance.now(); }
                if (titles.some(t => t.textContent.trim() === '%s')) { window.__lastTitle = performance.now(); return; }
                const list = document.querySelector('.kogge-programme-days');
                if (window.__firstTitle && list) { list.scrollTop = list.scrollHeight; }
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            })();""".formatted(LAST);
    static final String IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ProgrammeFixtures programmes;

    /** One visit's figures. */
    record Visit(double firstMs, double lastMs, long wireBytes, long plainBytes) {
    }

    /** Bytes of one page's traffic, as Chromium's DevTools protocol reports them. */
    static final class Traffic {
        long wire;
        long plain;
        private final Set<String> cached = new HashSet<>();

        Traffic(CDPSession cdp) {
            cdp.on("Network.requestServedFromCache", e -> cached.add(e.get("requestId").getAsString()));
            cdp.on("Network.responseReceived", e -> {
                JsonObject r = e.getAsJsonObject("response");
                if (r.get("status").getAsInt() == 304 || r.has("fromDiskCache") && r.get("fromDiskCache").getAsBoolean()) {
                    cached.add(e.get("requestId").getAsString());
                }
            });
            cdp.on("Network.dataReceived", e -> {
                if (!cached.contains(e.get("requestId").getAsString())) {
                    plain += e.get("dataLength").getAsLong();
                }
            });
            cdp.on("Network.loadingFinished", e -> wire += e.get("encodedDataLength").getAsLong());
            cdp.on("Network.webSocketFrameReceived", this::frame);
            cdp.on("Network.webSocketFrameSent", this::frame);
            cdp.send("Network.enable");
        }

        private void frame(JsonObject e) {
            long n = e.getAsJsonObject("response").get("payloadData").getAsString().getBytes(StandardCharsets.UTF_8).length;
            wire += n;
            plain += n;
        }
    }

    @Test
    void programmeOf500SessionsLoads() {
        fixtures.reset();
        String slug = programmes.programmeOf(SESSIONS, 10, 2, 30);
        String url = "http://localhost:" + port + "/events/" + slug + "/schedule";
        List<Visit> cold = new ArrayList<>();
        List<Visit> warm = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get(System.getProperty("kogge.chromium", "/usr/bin/chromium")))
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")))) {
            // A first visit warms the app (route, templates, JIT); not counted.
            try (BrowserContext context = newContext(browser)) {
                Page page = context.newPage();
                visit(page, () -> page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT)));
                assertAllTitlesReachable(page);
            }
            for (int run = 0; run < RUNS; run++) {
                try (BrowserContext context = newContext(browser)) {
                    Page page = context.newPage();
                    cold.add(visit(page, () -> page.navigate(url,
                            new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT))));
                    warm.add(visit(page, () -> page.reload(
                            new Page.ReloadOptions().setWaitUntil(WaitUntilState.COMMIT))));
                }
            }
        }
        print(cold, warm);
    }

    private static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        context.addInitScript(PROBE);
        return context;
    }

    /** Loads the page, waits until its last title is visible and Vaadin has settled; the figures of that visit. */
    private static Visit visit(Page page, Runnable load) {
        CDPSession cdp = page.context().newCDPSession(page);
        Traffic traffic = new Traffic(cdp);
        load.run();
        Page.WaitForFunctionOptions patient = new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS)
                .setPollingInterval(50);
        page.waitForFunction("() => window.__lastTitle", null, patient);
        page.waitForFunction(IDLE, null, patient);
        double first = ((Number) page.evaluate("() => window.__firstTitle")).doubleValue();
        double last = ((Number) page.evaluate("() => window.__lastTitle")).doubleValue();
        Visit v = new Visit(first, last, traffic.wire, traffic.plain);
        cdp.detach();
        return v;
    }

    /** Scrolls through the whole list, a screen at a time, and collects every session title shown. */
    private static void assertAllTitlesReachable(Page page) {
        page.evaluate("() => { document.querySelector('.kogge-programme-days').scrollTop = 0; }");
        Set<String> seen = new HashSet<>();
        Page.WaitForFunctionOptions patient = new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS)
                .setPollingInterval(50);
        boolean end = false;
        while (!end) {
            // Every line rendered in the list's box has its content (no placeholder) and Vaadin has settled.
            page.waitForFunction("() => { const l = document.querySelector('.kogge-programme-days');"
                    + " const b = l.getBoundingClientRect();"
                    + " return (" + IDLE + ")() && [...l.children].filter(c => { const r = c.getBoundingClientRect();"
                    + " return r.height > 0 && r.bottom > b.top && r.top < b.bottom; })"
                    + ".every(c => c.textContent.trim().length > 0); }", null, patient);
            @SuppressWarnings("unchecked")
            List<String> titles = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                    + "'.kogge-programme-title')].map(t => t.textContent.trim())");
            seen.addAll(titles);
            end = (Boolean) page.evaluate("() => { const l = document.querySelector('.kogge-programme-days');"
                    + " if (l.scrollTop + l.clientHeight >= l.scrollHeight - 1) { return true; }"
                    + " l.scrollTop += l.clientHeight * 0.8; return false; }");
        }
        page.waitForFunction(IDLE, null, patient);
        @SuppressWarnings("unchecked")
        List<String> rest = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'.kogge-programme-title')].map(t => t.textContent.trim())");
        seen.addAll(rest);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            expected.add("Session " + i);
        }
        assertThat(seen).as("session titles reachable by scrolling the programme").containsAll(expected);
    }

    private void print(List<Visit> cold, List<Visit> warm) {
        System.out.printf(Locale.ROOT, "%n=== Programme page load, %d sessions, %s, Vaadin development mode"
                + " (pre-compiled dev bundle), %d runs, median / min ===%n", SESSIONS, fixtures.databaseName(),
                cold.size());
        line("cold: first title", cold, Visit::firstMs, "ms", 0);
        line("cold: last title", cold, Visit::lastMs, "ms", BASE_COLD_MS);
        line("cold: bytes over the wire", cold, v -> v.wireBytes() / 1e3, "KB", BASE_COLD_BYTES / 1e3);
        line("cold: bytes uncompressed", cold, v -> v.plainBytes() / 1e3, "KB", 0);
        line("warm: first title", warm, Visit::firstMs, "ms", 0);
        line("warm: last title", warm, Visit::lastMs, "ms", BASE_WARM_MS);
        line("warm: bytes over the wire", warm, v -> v.wireBytes() / 1e3, "KB", BASE_WARM_BYTES / 1e3);
        line("warm: bytes uncompressed", warm, v -> v.plainBytes() / 1e3, "KB", 0);
        System.out.printf(Locale.ROOT, "goal: last title cold <= %.0f ms (1.5x sooner), bytes cold <= %.0f KB (a third)"
                + "; load average %.2f%n===%n", BASE_COLD_MS / 1.5, BASE_COLD_BYTES / 3e3,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void line(String what, List<Visit> visits, java.util.function.ToDoubleFunction<Visit> f,
                             String unit, double baseline) {
        double[] xs = visits.stream().mapToDouble(f).sorted().toArray();
        double median = xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
        String base = baseline > 0 ? String.format(Locale.ROOT, "   baseline %.0f %s, ratio baseline/median %.2f",
                baseline, unit, baseline / median) : "";
        System.out.printf(Locale.ROOT, "%-26s %8.0f / %8.0f %s%s%n", what, median, Arrays.stream(xs).min().orElse(0),
                unit, base);
    }
}
