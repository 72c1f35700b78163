package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;
import org.kogge.api.PublicApiController;
import org.kogge.api.PublicApiService;
import org.kogge.calendar.CalendarController;
import org.kogge.calendar.CalendarService;
import org.kogge.common.feed.FeedCache;
import org.kogge.common.feed.FeedHttp;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsWriter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feeds of an event with 500 sessions, today's path against the cached one, in one run and one thread (one
 * connection): the full {@code .ics} (requests per second), its 304 for a client that has it (requests per second),
 * and the schedule's JSON (CPU per request). Today's path is what the controllers did before the cache: build the
 * calendar (its ETag from its entries) and render it unless the ETag matched; for the JSON, read the schedule, let
 * Jackson write it and take the MD5 that the ETag filter took of every answer. The cached path is the controllers'
 * own, called as the servlet container would (without the network). Targets (issue 12): .ics ≥ 20×, 304 ≥ 100×,
 * JSON ≥ 10×.
 */
@TestComponent
class FeedBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final FeedHttp TODAY = FeedHttp.calendar(CacheControl.noCache(), true);

    private final CalendarService calendars;
    private final CalendarController calendarController;
    private final PublicApiService api;
    private final PublicApiController apiController;
    private final IcsWriter writer;
    private final JsonMapper json;
    private final FeedCache cache;

    FeedBench(CalendarService calendars, CalendarController calendarController, PublicApiService api,
              PublicApiController apiController, IcsWriter writer, JsonMapper json, FeedCache cache) {
        this.calendars = calendars;
        this.calendarController = calendarController;
        this.api = api;
        this.apiController = apiController;
        this.writer = writer;
        this.json = json;
        this.cache = cache;
    }

    /** CPU and wall time per call, in milliseconds, after a warm-up of a fifth as many calls. */
    private record Cost(double cpuMillis, double wallMillis) {

        double perSecond() {
            return 1000 / wallMillis;
        }
    }

    private static Cost measure(int runs, Supplier<?> call) {
        for (int i = 0; i < Math.max(1, runs / 5); i++) {
            call.get();
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            call.get();
        }
        return new Cost((CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / runs, (System.nanoTime() - wall) / 1e6 / runs);
    }

    private static MockHttpServletRequest request(String etag) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/");
        r.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "de-DE");
        if (etag != null) {
            r.addHeader(HttpHeaders.IF_NONE_MATCH, etag);
        }
        return r;
    }

    private ResponseEntity<byte[]> today(String slug, String etag) {
        CalendarDocument doc = calendars.eventCalendar(slug, Locale.GERMAN);
        return TODAY.respond(doc.etag(), null, doc.fileName(), () -> writer.write(doc.name(), doc.events()),
                new ServletWebRequest(request(etag)));
    }

    private byte[] todaysJson(String slug) {
        byte[] body = json.writeValueAsBytes(api.schedule(slug));
        DigestUtils.md5DigestAsHex(body);
        return body;
    }

    void compare(String slug) {
        cache.clear();
        ResponseEntity<byte[]> full = calendarController.event(slug, request(null));
        String etag = full.getHeaders().getETag();
        assertThat(today(slug, null).getBody()).isEqualTo(full.getBody());
        assertThat(today(slug, etag).getStatusCode().value()).isEqualTo(304);
        assertThat(calendarController.event(slug, request(etag)).getStatusCode().value()).isEqualTo(304);
        assertThat(apiController.sessions(slug, new ServletWebRequest(request(null))).getBody())
                .isEqualTo(todaysJson(slug));

        Cost icsToday = measure(20, () -> today(slug, null));
        Cost icsCached = measure(4000, () -> calendarController.event(slug, request(null)));
        Cost notModifiedToday = measure(20, () -> today(slug, etag));
        Cost notModifiedCached = measure(20000, () -> calendarController.event(slug, request(etag)));
        Cost jsonToday = measure(20, () -> todaysJson(slug));
        Cost jsonCached = measure(4000, () -> apiController.sessions(slug, new ServletWebRequest(request(null))));

        System.out.printf(Locale.ROOT, "feeds at 500 sessions, today -> cached (one thread):%n");
        System.out.printf(Locale.ROOT, "  full .ics (%d KiB): %.0f -> %.0f req/s (%.1f -> %.3f ms CPU): %.0fx (target 20x)%n",
                full.getBody().length / 1024, icsToday.perSecond(), icsCached.perSecond(), icsToday.cpuMillis(),
                icsCached.cpuMillis(), icsCached.perSecond() / icsToday.perSecond());
        System.out.printf(Locale.ROOT, "  .ics 304:         %.0f -> %.0f req/s (%.1f -> %.4f ms CPU): %.0fx (target 100x)%n",
                notModifiedToday.perSecond(), notModifiedCached.perSecond(), notModifiedToday.cpuMillis(),
                notModifiedCached.cpuMillis(), notModifiedCached.perSecond() / notModifiedToday.perSecond());
        System.out.printf(Locale.ROOT, "  schedule JSON:    %.1f -> %.3f ms CPU per request: %.0fx (target 10x)%n",
                jsonToday.cpuMillis(), jsonCached.cpuMillis(), jsonToday.cpuMillis() / jsonCached.cpuMillis());
    }
}
