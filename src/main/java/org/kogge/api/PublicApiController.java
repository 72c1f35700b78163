package org.kogge.api;

import java.time.Duration;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.feed.FeedCache;
import org.kogge.common.feed.FeedHttp;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public read API, JSON, no login, open to any origin for GET (CORS): {@code /api/v1/events},
 * {@code /api/v1/events/{slug}}, {@code /api/v1/events/{slug}/sessions}. An event and its schedule are rendered once
 * per change ({@link FeedCache}) and answer If-None-Match and If-Modified-Since with 304 without a query; the list
 * (which depends on the time) gets its ETag from {@link ApiConfig}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@CrossOrigin(origins = "*", methods = {RequestMethod.GET, RequestMethod.HEAD}, maxAge = 3600)
public class PublicApiController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(2)).cachePublic();

    private static final FeedHttp JSON = new FeedHttp(MediaType.APPLICATION_JSON, CACHE, false, null);

    private final PublicApiService api;
    private final FeedCache cache;

    public PublicApiController(PublicApiService api, FeedCache cache) {
        this.api = api;
        this.cache = cache;
    }

    @GetMapping("/events")
    public ResponseEntity<ApiModel.EventList> events(@RequestParam(required = false) String city,
                                                     @RequestParam(required = false) String kind,
                                                     @RequestParam(defaultValue = "false") boolean past,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "20") int size) {
        return ResponseEntity.ok().cacheControl(CACHE).body(api.events(city, kind, past, page, size));
    }

    @GetMapping("/events/{slug}")
    public ResponseEntity<byte[]> event(@PathVariable String slug, WebRequest request) {
        return JSON.respond(cache.get("api/event/" + slug, null, () -> api.eventJson(slug)), request);
    }

    @GetMapping("/events/{slug}/sessions")
    public ResponseEntity<byte[]> sessions(@PathVariable String slug, WebRequest request) {
        return JSON.respond(cache.get("api/schedule/" + slug, null, () -> api.scheduleJson(slug)), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiModel.Error> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiModel.Error("not-found", "No such public event or published schedule."));
    }

    @ExceptionHandler({InvalidInputException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ApiModel.Error> badRequest(Exception e) {
        String message = e instanceof InvalidInputException
                ? "Check the parameters: size 1 to " + PublicApiService.MAX_PAGE_SIZE + ", page from 0, kind barcamp or ceremony."
                : "Malformed parameter.";
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiModel.Error("bad-request", message));
    }
}
