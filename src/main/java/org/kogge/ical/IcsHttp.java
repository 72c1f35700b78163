package org.kogge.ical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Serving a {@link CalendarDocument} over HTTP, the same for every calendar file: {@code text/calendar;
 * charset=utf-8}, its ETag (a matching If-None-Match, or an If-Modified-Since not older than {@code lastModified}
 * when one is given, answers 304 without rendering anything), the caller's caching, and {@code Vary:
 * Accept-Language}, since the texts follow the language the client asks for.
 */
public final class IcsHttp {

    public static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private IcsHttp() {
    }

    /**
     * The response for {@code doc}: as an attachment ({@code download}) or inline; {@code lastModified} may be
     * {@code null} (only a calendar whose entries can only change, never disappear, should give one).
     */
    public static ResponseEntity<byte[]> respond(CalendarDocument doc, IcsWriter writer, WebRequest request,
                                                 CacheControl cache, boolean download, Instant lastModified) {
        long modified = lastModified == null ? -1 : lastModified.toEpochMilli();
        if (request.checkNotModified(doc.etag(), modified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(doc.etag()).cacheControl(cache)
                    .varyBy(HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(doc.fileName()).build();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(doc.etag())
                .cacheControl(cache).varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        if (lastModified != null) {
            ok.lastModified(lastModified);
        }
        return ok.body(writer.write(doc.name(), doc.events()));
    }
}
