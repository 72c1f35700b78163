package org.kogge.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.kogge.common.CalendarEndpoint;
import org.kogge.common.Languages;
import org.kogge.common.NotFoundException;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsHttp;
import org.kogge.ical.IcsWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The calendar files, for calendar apps (no login):
 * {@code /calendar/events/{slug}.ics}, {@code /calendar/sessions/{id}.ics} and {@code /calendar/feed/{token}.ics}.
 * {@code text/calendar; charset=utf-8}, an ETag from the calendar's content (If-None-Match answers 304 without
 * rendering), five minutes of caching (private for personal feeds), texts in the language the app asks for
 * (German unless it prefers English). Errors: {@link CalendarErrors}.
 */
@RestController
@CalendarEndpoint
@RequestMapping("/calendar")
public class CalendarController {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final CalendarService calendars;
    private final IcsWriter writer;

    public CalendarController(CalendarService calendars, IcsWriter writer) {
        this.calendars = calendars;
        this.writer = writer;
    }

    @GetMapping("/events/{slug}.ics")
    public ResponseEntity<byte[]> event(@PathVariable String slug, HttpServletRequest request) {
        return respond(calendars.eventCalendar(slug, language(request)), request, true);
    }

    @GetMapping("/sessions/{id}.ics")
    public ResponseEntity<byte[]> session(@PathVariable long id, HttpServletRequest request) {
        return respond(calendars.sessionCalendar(id, language(request)), request, true);
    }

    @GetMapping("/feed/{token}.ics")
    public ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
        return respond(calendars.personalFeed(token, language(request)), request, false);
    }

    private ResponseEntity<byte[]> respond(CalendarDocument doc, HttpServletRequest request, boolean download) {
        CacheControl cache = doc.personal()
                ? CacheControl.maxAge(MAX_AGE).cachePrivate() : CacheControl.maxAge(MAX_AGE).cachePublic();
        return IcsHttp.respond(doc, writer, new ServletWebRequest(request), cache, download, null);
    }

    private static Locale language(HttpServletRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
