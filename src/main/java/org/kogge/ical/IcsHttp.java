package org.kogge.ical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.kogge.common.feed.FeedHttp;
import org.kogge.common.feed.Rendered;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Serving calendar files over HTTP, the same for every calendar file ({@link FeedHttp}): {@code text/calendar;
 * charset=utf-8}, its ETag (a matching If-None-Match, or an If-Modified-Since not older than the last change,
 * answers 304 without rendering anything), the caller's caching, and {@code Vary: Accept-Language}, since the texts
 * follow the language the client asks for.
 */
public final class IcsHttp {

    public static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private IcsHttp() {
    }

    /** How a calendar file goes out: as an attachment ({@code download}) or inline. */
    public static FeedHttp http(CacheControl cache, boolean download) {
        return new FeedHttp(TEXT_CALENDAR, cache, true, download ? FeedHttp.ATTACHMENT : FeedHttp.INLINE);
    }

    /** A rendered calendar file. */
    public static ResponseEntity<byte[]> respond(Rendered rendered, WebRequest request, CacheControl cache,
                                                 boolean download) {
        return http(cache, download).respond(rendered, request);
    }

    /**
     * A calendar rendered only if needed (personal feeds, never kept): {@code lastModified} may be {@code null}
     * (only a calendar whose entries can only change, never disappear, should give one).
     */
    public static ResponseEntity<byte[]> respond(CalendarDocument doc, IcsWriter writer, WebRequest request,
                                                 CacheControl cache, boolean download, Instant lastModified) {
        return http(cache, download).respond(doc.etag(), lastModified, doc.fileName(),
                () -> writer.write(doc.name(), doc.events()), request);
    }
}
