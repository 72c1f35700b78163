package org.kogge.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import org.kogge.common.CalendarEndpoint;
import org.kogge.common.Languages;
import org.kogge.common.NotFoundException;
import org.kogge.common.feed.FeedCache;
import org.kogge.common.feed.FeedHttp;
import org.kogge.common.feed.Rendered;
import org.kogge.event.EventKind;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The calendar files, for calendar apps (no login):
 * {@code /calendar/events.ics} (the network's events), {@code /calendar/events/{slug}.ics},
 * {@code /calendar/sessions/{id}.ics} and {@code /calendar/feed/{token}.ics}.
 * {@code text/calendar; charset=utf-8}, an ETag from the calendar's content, five minutes of caching (private for
 * personal feeds), texts in the language the app asks for (German unless it prefers English). Event and session
 * calendars are rendered once per language and change ({@link FeedCache}): If-None-Match and If-Modified-Since
 * answer 304 without a query while nothing changed. Errors: {@link CalendarErrors}.
 */
@RestController
@CalendarEndpoint
@RequestMapping("/calendar")
public class CalendarController {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final FeedHttp PUBLIC = FeedHttp.calendar(CacheControl.maxAge(MAX_AGE).cachePublic(), true);
    private static final FeedHttp PERSONAL = FeedHttp.calendar(CacheControl.maxAge(MAX_AGE).cachePrivate(), false);

    private final CalendarService calendars;
    private final IcsWriter writer;
    private final FeedCache cache;

    public CalendarController(CalendarService calendars, IcsWriter writer, FeedCache cache) {
        this.calendars = calendars;
        this.writer = writer;
        this.cache = cache;
    }

    @GetMapping("/events/{slug}.ics")
    public ResponseEntity<byte[]> event(@PathVariable String slug, HttpServletRequest request) {
        return cached("ics/event/" + slug, language -> calendars.eventCalendarFile(slug, language), request);
    }

    /**
     * The network's events ({@code ?city=ID&kind=BARCAMP|CEREMONY}, as the event list filters), to subscribe to. Not
     * kept in the feed cache (it spans every event); its ETag is known before it is written, so an unchanged
     * calendar costs its queries but no rendering.
     */
    @GetMapping("/events.ics")
    public ResponseEntity<byte[]> network(@RequestParam(required = false) Long city,
                                          @RequestParam(required = false) EventKind kind, HttpServletRequest request) {
        return written(PUBLIC, calendars.networkCalendar(city, kind, language(request)), request);
    }

    @GetMapping("/sessions/{id}.ics")
    public ResponseEntity<byte[]> session(@PathVariable long id, HttpServletRequest request) {
        return cached("ics/session/" + id, language -> calendars.sessionCalendarFile(id, language), request);
    }

    /** Personal feeds are not kept: they follow stars and registrations, and each has a reader of its own. */
    @GetMapping("/feed/{token}.ics")
    public ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
        return written(PERSONAL, calendars.personalFeed(token, language(request)), request);
    }

    /** A public file kept in the feed cache under {@code resource}, per language; {@code file} makes it when stale. */
    private ResponseEntity<byte[]> cached(String resource, Function<Locale, FeedCache.Fresh> file,
                                          HttpServletRequest request) {
        Locale language = language(request);
        Rendered rendered = cache.get(resource, language, () -> file.apply(language));
        return PUBLIC.respond(rendered, new ServletWebRequest(request));
    }

    /** A calendar written only when the caller's copy (by its ETag) is not the same any more. */
    private ResponseEntity<byte[]> written(FeedHttp http, CalendarDocument doc, HttpServletRequest request) {
        return http.respond(doc.etag(), null, doc.fileName(), () -> writer.write(doc), new ServletWebRequest(request));
    }

    private static Locale language(HttpServletRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
