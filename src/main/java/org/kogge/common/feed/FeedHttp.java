package org.kogge.common.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * How a feed goes out over HTTP, the same for calendar files and API answers: its media type, caching, {@code Vary:
 * Accept-Language} for answers whose texts follow the client's language, and whether it is a file to save
 * ({@code attachment}), to show ({@code inline}) or neither ({@code null}). A matching If-None-Match, or (without
 * one) an If-Modified-Since not older than the Last-Modified, answers 304 before the body is touched.
 *
 * <p>ETags are weak ({@code W/"..."}): the bytes on the wire differ with the compression the client accepted (and
 * Tomcat compresses nothing that carries a strong ETag), the content does not.
 *
 * <p>A Last-Modified in the future (see {@link FeedCache}) is not sent yet.
 */
public record FeedHttp(MediaType type, CacheControl cache, boolean varyByLanguage, String disposition) {

    public static final String ATTACHMENT = "attachment";
    public static final String INLINE = "inline";
    public static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /**
     * A calendar file ({@code text/calendar; charset=utf-8}), as an attachment ({@code download}) or inline, with
     * {@code Vary: Accept-Language}, since its texts follow the language the client asks for.
     */
    public static FeedHttp calendar(CacheControl cache, boolean download) {
        return new FeedHttp(TEXT_CALENDAR, cache, true, download ? ATTACHMENT : INLINE);
    }

    /** The answer for a rendered feed. */
    public ResponseEntity<byte[]> respond(Rendered rendered, WebRequest request) {
        return respond(rendered.etag(), rendered.lastModified(), rendered.fileName(), rendered::body, request);
    }

    /** The answer for a feed whose ETag is known before its body is made ({@code body} is called for a 200 only). */
    public ResponseEntity<byte[]> respond(String etag, Instant lastModified, String fileName, Supplier<byte[]> body,
                                          WebRequest request) {
        String tag = etag.startsWith("W/") ? etag : "W/" + etag;
        if (request instanceof ServletWebRequest servlet) {
            ShallowEtagHeaderFilter.disableContentCaching(servlet.getRequest()); // the ETag is ours
        }
        Instant modified = lastModified == null || lastModified.isAfter(Instant.now()) ? null : lastModified;
        if (request.checkNotModified(tag, modified == null ? -1 : modified.toEpochMilli())) {
            return headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED), tag, modified).build();
        }
        ResponseEntity.BodyBuilder ok = headers(ResponseEntity.ok(), tag, modified).contentType(type);
        if (disposition != null) {
            ok.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.builder(disposition).filename(fileName).build().toString());
        }
        return ok.body(body.get());
    }

    private ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder b, String etag, Instant modified) {
        b.eTag(etag).cacheControl(cache);
        if (varyByLanguage) {
            b.varyBy(HttpHeaders.ACCEPT_LANGUAGE);
        }
        if (modified != null) {
            b.lastModified(modified);
        }
        return b;
    }
}
