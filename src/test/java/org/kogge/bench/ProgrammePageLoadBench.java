package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import com.vaadin.flow.server.Mode;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The public programme of 500 sessions (10 rooms, 2 days, generated through the services) in Chromium (issue 12,
 * goal 4), with Vaadin in production mode on its pre-compiled production bundle, as the production jar serves it:
 * per run, a cold visit (new browser context, empty cache) and a warm reload (same context): milliseconds from
 * navigation start until the first session title is visible and until the last one ("Session 499", in the last slot
 * row) is visible, reached the page's own way: as soon as the first title shows, the programme's list (it scrolls in
 * its own box) is scrolled to its end, frame by frame until the last title is rendered; until the live list (Vaadin's
 * {@code vaadin-virtual-list}, which replaces the page's first paint, {@code ProgrammeFirstPaint}) shows a title; bytes over the wire (CDP
 * {@code Network.loadingFinished.encodedDataLength} of every response but {@code data:} addresses, plus the payload
 * of the push WebSocket's frames both ways, which carry Vaadin's UIDL) and uncompressed (decoded bodies of the
 * responses that came over the network, not those served from the memory or disk cache or revalidated with a 304,
 * plus the frames). Medians and
 * minima of {@code -Dkogge.bench.runs} runs (default 5) beside the baseline, with the load average, and where
 * the bytes of the last cold visit and warm reload went (per resource type, with the encoding of the answers).
 * Timing is taken in the page ({@code performance.now()} in an animation-frame loop), waits are on what the page
 * shows; asserts only correctness (production mode, all 500 titles reachable, every text answer of 2 KB or more
 * compressed, the push WebSocket with {@code permessage-deflate}).
 * <p>
 * The {@code production} profile puts the production bundle on the class path (its {@code build-frontend} copies
 * Vaadin's pre-compiled bundle into {@code target/classes/META-INF/VAADIN}, no npm needed), so run:
 * {@code ./mvnw -B -o -Pbench,production test -Dtest=ProgrammePageLoadBench} (without the bundle, as in a plain
 * {@code -Pbench} run after a clean, it is skipped). The push frames are counted as their
 * payload: if the WebSocket negotiated {@code permessage-deflate} (printed), fewer bytes cross the wire.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class ProgrammePageLoadBench extends BrowserTestBase {

    static final int RUNS = Integer.getInteger("kogge.bench.runs", 5);
    static final int SESSIONS = 500;
    static final String LAST = "Session " + (SESSIONS - 1);
    static final double PATIENCE_MS = 180_000;
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
              window.__long = [];
              try { new PerformanceObserver(l => window.__long.push(...l.getEntries().map(e =>
                  Math.round(e.startTime) + '+' + Math.round(e.duration)))).observe({type: 'longtask', buffered: true});
              } catch (e) { /* no long-task timing in this browser */ }
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
              const live = () => {
                if (document.querySelector('vaadin-virtual-list .kogge-programme-title')) {
                  window.__live = performance.now();
                } else {
                  requestAnimationFrame(live);
                }
              };
              requestAnimationFrame(live);
            })();""".formatted(LAST);
    static final String IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))";

    /**
     * The visit on the page's own clock (ms from navigation start, Performance API): the page's request, its answer's
     * first and last byte, when the document was parsed and loaded, the paints, each resource fetched (start, first
     * byte, end, KB on the wire) and the main thread's long tasks (start+duration).
     */
    static final String TIMELINE = """
            () => {
              const n = performance.getEntriesByType('navigation')[0];
              const ms = x => Math.round(x);
              const lines = [`page: request ${ms(n.requestStart)}, first byte ${ms(n.responseStart)}, last byte `
                  + `${ms(n.responseEnd)}, DOM interactive ${ms(n.domInteractive)}, DOMContentLoaded `
                  + `${ms(n.domContentLoadedEventEnd)}, load ${ms(n.loadEventEnd)}; first title `
                  + `${ms(window.__firstTitle)}, last title ${ms(window.__lastTitle)}, live list ${ms(window.__live)}`,
                performance.getEntriesByType('paint').map(p => `${p.name} ${ms(p.startTime)}`).join(', ')];
              for (const r of performance.getEntriesByType('resource')) {
                lines.push(`${r.initiatorType.padEnd(10)} ${String(ms(r.startTime)).padStart(5)} `
                    + `${String(ms(r.responseStart)).padStart(5)} ${String(ms(r.responseEnd)).padStart(5)} `
                    + `${(r.transferSize / 1e3).toFixed(1).padStart(7)} KB  ${r.name.replace(location.origin, '')
                    .substring(0, 90)}`);
              }
              lines.push('long tasks (start+ms): ' + (window.__long || []).join(' '));
              return lines.join('\\n  ');
            }""";

    static final List<String> CPU_METRICS = List.of("ThreadTime", "ProcessTime", "ScriptDuration", "TaskDuration",
            "LayoutDuration", "RecalcStyleDuration");

    @Autowired ProgrammeFixtures programmes;
    @Autowired ServletContext servletContext;

    /** One visit's figures, and its traffic per resource type. */
    record Visit(double firstMs, double lastMs, double liveMs, long wireBytes, long plainBytes,
                 Map<String, Double> cpu, Traffic traffic, String timeline) {
    }

    /** An answer that came over the network: its type, address, content encoding, bytes on the wire and decoded. */
    record Answer(String type, String url, String encoding, long wire, long plain) {

        /** Text worth compressing (at least the app's 2 KB threshold) that came uncompressed. */
        boolean uncompressedText() {
            return encoding.equals("identity") && plain >= 2048
                    && List.of("Document", "Script", "Stylesheet", "XHR", "Fetch").contains(type);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%8.1f / %8.1f  %-8s %s", wire / 1e3, plain / 1e3, encoding, url);
        }
    }

    /** Bytes of one page's traffic, as Chromium's DevTools protocol reports them. */
    static final class Traffic {
        long wire;
        long plain;
        String webSocketExtensions = "(no WebSocket)";
        /** Per resource type: wire bytes, uncompressed bytes of network answers, answers, answers from a cache. */
        final Map<String, long[]> byType = new TreeMap<>();
        /** Per resource type, the content encodings of its network answers. */
        final Map<String, Set<String>> encodings = new TreeMap<>();
        /** The answers that came over the network. */
        final List<Answer> answers = new ArrayList<>();
        private final Map<String, String> types = new HashMap<>();
        private final Map<String, String> urls = new HashMap<>();
        private final Map<String, String> encodingOf = new HashMap<>();
        private final Map<String, Long> decoded = new HashMap<>();
        private final Set<String> cached = new HashSet<>();
        /** {@code data:} addresses (such as a font inside a style sheet): their bytes came with the sheet. */
        private final Set<String> inline = new HashSet<>();

        Traffic(CDPSession cdp) {
            cdp.on("Network.requestServedFromCache", e -> cached.add(e.get("requestId").getAsString()));
            cdp.on("Network.responseReceived", e -> {
                String id = e.get("requestId").getAsString();
                JsonObject r = e.getAsJsonObject("response");
                types.put(id, e.get("type").getAsString());
                String address = r.get("url").getAsString().replaceFirst("^https?://[^/]+", "");
                if (address.startsWith("data:")) {
                    inline.add(id);
                    return;
                }
                urls.put(id, address.length() > 100 ? address.substring(0, 100) + "…" : address);
                if (r.get("status").getAsInt() == 304 || flag(r, "fromDiskCache") || flag(r, "fromPrefetchCache")
                        || flag(r, "fromServiceWorker")) {
                    cached.add(id);
                } else {
                    String encoding = header(r.getAsJsonObject("headers"), "content-encoding");
                    encodingOf.put(id, encoding);
                    encodings.computeIfAbsent(e.get("type").getAsString(), t -> new TreeSet<>()).add(encoding);
                }
            });
            cdp.on("Network.dataReceived", e -> decoded.merge(e.get("requestId").getAsString(),
                    e.get("dataLength").getAsLong(), Long::sum));
            cdp.on("Network.loadingFinished", this::finished);
            cdp.on("Network.webSocketHandshakeResponseReceived", e -> webSocketExtensions = header(
                    e.getAsJsonObject("response").getAsJsonObject("headers"), "sec-websocket-extensions"));
            cdp.on("Network.webSocketFrameReceived", this::frame);
            cdp.on("Network.webSocketFrameSent", this::frame);
            cdp.send("Network.enable");
        }

        private void finished(JsonObject e) {
            String id = e.get("requestId").getAsString();
            if (inline.contains(id)) {
                return;
            }
            long onWire = e.get("encodedDataLength").getAsLong();
            boolean fromCache = cached.contains(id);
            long body = fromCache ? 0 : decoded.getOrDefault(id, 0L);
            wire += onWire;
            plain += body;
            String type = types.getOrDefault(id, "Other");
            long[] t = byType.computeIfAbsent(type, k -> new long[4]);
            t[0] += onWire;
            t[1] += body;
            t[fromCache ? 3 : 2]++;
            if (!fromCache) {
                answers.add(new Answer(type, urls.getOrDefault(id, "?"), encodingOf.getOrDefault(id, "identity"),
                        onWire, body));
            }
        }

        private void frame(JsonObject e) {
            long n = e.getAsJsonObject("response").get("payloadData").getAsString()
                    .getBytes(StandardCharsets.UTF_8).length;
            wire += n;
            plain += n;
            long[] t = byType.computeIfAbsent("WebSocket frames", k -> new long[4]);
            t[0] += n;
            t[1] += n;
            t[2]++;
        }

        private static boolean flag(JsonObject o, String name) {
            return o.has(name) && o.get(name).getAsBoolean();
        }

        private static String header(JsonObject headers, String name) {
            for (Map.Entry<String, JsonElement> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue().getAsString();
                }
            }
            return "identity";
        }
    }

    /** Without the production bundle there is nothing to measure: skipped (before the app starts), saying why. */
    @BeforeAll
    static void productionBundleOnClassPath() {
        assumeTrue(ProgrammePageLoadBench.class.getResource("/META-INF/VAADIN/config/stats.json") != null,
                "Vaadin's production bundle is not on the class path: run with -Pbench,production");
    }

    @Test
    void programmeOf500SessionsLoads() {
        Mode mode = ApplicationConfiguration.get(new VaadinServletContext(servletContext)).getMode();
        assertThat(mode).as("Vaadin's mode: run the bench with -Pbench,production (the production bundle)")
                .isEqualTo(Mode.PRODUCTION_PRECOMPILED_BUNDLE);
        String slug = programmes.programmeOf(SESSIONS, 10, 2, 30);
        String url = url("events/" + slug + "/schedule");
        List<Visit> cold = new ArrayList<>();
        List<Visit> warm = new ArrayList<>();
        // A first visit warms the app (route, templates, JIT); not counted.
        try (BrowserContext warmUp = benchContext()) {
            Page first = warmUp.newPage();
            visit(first, () -> first.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT)));
            assertAllTitlesReachable(first);
        }
        for (int run = 0; run < RUNS; run++) {
            try (BrowserContext fresh = benchContext()) {
                Page p = fresh.newPage();
                cold.add(visit(p, () -> p.navigate(url,
                        new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT))));
                warm.add(visit(p, () -> p.reload(new Page.ReloadOptions().setWaitUntil(WaitUntilState.COMMIT))));
            }
        }
        print(mode, cold, warm);
        for (Visit v : cold) {
            assertThat(v.traffic().answers).as("text answers of 2 KB or more come compressed")
                    .noneMatch(Answer::uncompressedText);
            assertThat(v.traffic().webSocketExtensions).as("push WebSocket compressed")
                    .contains("permessage-deflate");
        }
    }

    private static BrowserContext benchContext() {
        BrowserContext fresh = newContext(PATIENCE_MS, PATIENCE_MS);
        fresh.addInitScript(PROBE);
        return fresh;
    }

    /** Loads the page, waits until its last title is visible and Vaadin has settled; the figures of that visit. */
    private static Visit visit(Page page, Runnable load) {
        CDPSession cdp = page.context().newCDPSession(page);
        Traffic traffic = new Traffic(cdp);
        cdp.send("Performance.enable");
        Map<String, Double> before = metrics(cdp);
        load.run();
        Page.WaitForFunctionOptions patient = new Page.WaitForFunctionOptions().setTimeout(PATIENCE_MS)
                .setPollingInterval(50);
        page.waitForFunction("() => window.__lastTitle", null, patient);
        page.waitForFunction(IDLE, null, patient);
        page.waitForFunction("() => window.__live", null, patient);
        double live = ((Number) page.evaluate("() => window.__live")).doubleValue();
        double first = ((Number) page.evaluate("() => window.__firstTitle")).doubleValue();
        double last = ((Number) page.evaluate("() => window.__lastTitle")).doubleValue();
        Map<String, Double> cpu = new TreeMap<>();
        metrics(cdp).forEach((name, value) -> cpu.put(name, (value - before.getOrDefault(name, 0.0)) * 1e3));
        Visit v = new Visit(first, last, live, traffic.wire, traffic.plain, cpu, traffic,
                (String) page.evaluate(TIMELINE));
        cdp.detach();
        return v;
    }

    /**
     * The page's main-thread times in seconds (Chromium's {@code Performance.getMetrics}: CPU time of the main thread,
     * time in scripts, in tasks, in layout and style), which the load of the machine distorts less than the clock.
     */
    private static Map<String, Double> metrics(CDPSession cdp) {
        Map<String, Double> m = new TreeMap<>();
        for (JsonElement e : cdp.send("Performance.getMetrics").getAsJsonArray("metrics")) {
            String name = e.getAsJsonObject().get("name").getAsString();
            if (CPU_METRICS.contains(name)) {
                m.put(name, e.getAsJsonObject().get("value").getAsDouble());
            }
        }
        return m;
    }

    /** Scrolls through the whole list, a screen at a time, and collects every session title shown. */
    private static void assertAllTitlesReachable(Page page) {
        page.evaluate("() => { document.querySelector('.kogge-programme-days').scrollTop = 0; }");
        Set<String> seen = new HashSet<>();
        Page.WaitForFunctionOptions patient = new Page.WaitForFunctionOptions().setTimeout(PATIENCE_MS)
                .setPollingInterval(50);
        boolean end = false;
        while (!end) {
            // Two frames for the list to follow the scroll, then: lines with content (no placeholder) cover the
            // list's box from its top to its bottom (or the list's end), and Vaadin has settled.
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            page.waitForFunction("() => { const l = document.querySelector('.kogge-programme-days');"
                    + " const b = l.getBoundingClientRect();"
                    + " const bottom = Math.min(b.top + l.clientTop + l.clientHeight, b.top + l.scrollHeight - l.scrollTop) - 3;"
                    + " const lines = [...l.children].map(c => [c, c.getBoundingClientRect()])"
                    + ".filter(([c, r]) => r.height > 0 && r.bottom > b.top && r.top < b.bottom)"
                    + ".sort((x, y) => x[1].top - y[1].top);"
                    + " let reached = b.top + l.clientTop;"
                    + " for (const [c, r] of lines) { if (r.top > reached + 3 || !c.textContent.trim()) { break; }"
                    + " reached = Math.max(reached, r.bottom); }"
                    + " return (" + IDLE + ")() && reached >= bottom; }", null, patient);
            @SuppressWarnings("unchecked")
            List<String> titles = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                    + "'.kogge-programme-title')].map(t => t.textContent.trim())");
            seen.addAll(titles);
            end = (Boolean) page.evaluate("() => { const l = document.querySelector('.kogge-programme-days');"
                    + " if (l.scrollTop + l.clientHeight >= l.scrollHeight - 1) { return true; }"
                    + " l.scrollTop += l.clientHeight * 0.5; return false; }");
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

    private void print(Mode mode, List<Visit> cold, List<Visit> warm) {
        System.out.printf(Locale.ROOT, "%n=== Programme page load, %d sessions, %s, Vaadin %s, %d runs, median / min"
                + " ===%n", SESSIONS, fixtures.databaseName(), mode, cold.size());
        line("cold: first title", cold, Visit::firstMs, "ms", 0);
        line("cold: last title", cold, Visit::lastMs, "ms", BASE_COLD_MS);
        line("cold: live list", cold, Visit::liveMs, "ms", 0);
        line("cold: bytes over the wire", cold, v -> v.wireBytes() / 1e3, "KB", BASE_COLD_BYTES / 1e3);
        line("cold: bytes uncompressed", cold, v -> v.plainBytes() / 1e3, "KB", 0);
        cpu("cold", cold);
        line("warm: first title", warm, Visit::firstMs, "ms", 0);
        line("warm: last title", warm, Visit::lastMs, "ms", BASE_WARM_MS);
        line("warm: live list", warm, Visit::liveMs, "ms", 0);
        line("warm: bytes over the wire", warm, v -> v.wireBytes() / 1e3, "KB", BASE_WARM_BYTES / 1e3);
        line("warm: bytes uncompressed", warm, v -> v.plainBytes() / 1e3, "KB", 0);
        cpu("warm", warm);
        System.out.printf(Locale.ROOT, "goal: last title cold <= %.0f ms (1.5x sooner), bytes cold <= %.0f KB (a third)"
                + "; load average %.2f%n", BASE_COLD_MS / 1.5, BASE_COLD_BYTES / 3e3,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("timeline of the last cold visit (ms from navigation start; resources: start, first byte,"
                + " end, KB):\n  " + cold.getLast().timeline());
        System.out.println("timeline of the last warm reload:\n  " + warm.getLast().timeline());
        breakdown("last cold visit", cold.getLast().traffic());
        breakdown("last warm reload", warm.getLast().traffic());
        System.out.println("===");
    }

    /** The main-thread times of the visits (those Chromium reports), as ms. */
    private static void cpu(String what, List<Visit> visits) {
        for (String name : CPU_METRICS) {
            if (visits.stream().allMatch(v -> v.cpu().containsKey(name))) {
                line(what + ": " + name, visits, v -> v.cpu().get(name), "ms", 0);
            }
        }
    }

    /** Where a visit's bytes went: per resource type, with the encodings of the network answers. */
    private static void breakdown(String what, Traffic t) {
        System.out.printf(Locale.ROOT, "%s by type (KB wire / KB uncompressed / answers from network + cache;"
                + " encodings), push WebSocket extensions: %s%n", what, t.webSocketExtensions);
        t.byType.forEach((type, x) -> System.out.printf(Locale.ROOT, "  %-16s %8.1f / %8.1f   %3d + %3d   %s%n",
                type, x[0] / 1e3, x[1] / 1e3, x[2], x[3], t.encodings.getOrDefault(type, Set.of())));
        System.out.println("  answers from the network (KB wire / KB uncompressed, encoding, address):");
        t.answers.forEach(a -> System.out.println("  " + a));
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
