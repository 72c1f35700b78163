package org.kogge.ceremony;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.kogge.common.CalendarEndpoint;
import org.kogge.common.Languages;
import org.kogge.common.NotFoundException;
import org.kogge.common.PublicLinks;
import org.kogge.common.feed.FeedCache;
import org.kogge.common.feed.FeedHttp;
import org.kogge.common.feed.Rendered;
import org.kogge.ical.IcsWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /invitation/{token}/ceremony.ics}: the ceremony for the calendar of a guest who accepted, reached with
 * the personal link and no login. Anything else (unknown or revoked link, no acceptance, a draft) is a plain-text
 * 404 ({@link CalendarEndpoint}). The ETag and Last-Modified follow the last change, so calendar apps that poll get
 * 304 while nothing changed; the file is rendered once per language and change ({@link FeedCache}). Texts are in the language the client asks for, German (the app's default) unless it
 * prefers English.
 */
@RestController
@CalendarEndpoint
public class CeremonyCalendarController {

    private static final FeedHttp HTTP = FeedHttp.calendar(CacheControl.noCache().cachePrivate(), true);

    private final RsvpService rsvp;
    private final IcsWriter writer;
    private final PublicLinks links;
    private final I18NProvider i18n;
    private final FeedCache cache;

    public CeremonyCalendarController(RsvpService rsvp, IcsWriter writer, PublicLinks links, I18NProvider i18n,
                                      FeedCache cache) {
        this.rsvp = rsvp;
        this.writer = writer;
        this.links = links;
        this.i18n = i18n;
        this.cache = cache;
    }

    @GetMapping("/invitation/{token}/ceremony.ics")
    public ResponseEntity<byte[]> ceremony(@PathVariable String token, WebRequest request) {
        Locale locale = Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Rendered file = cache.get("ics/ceremony/" + token, locale, () -> render(token, locale));
        return HTTP.respond(file, request);
    }

    /** Kept until anything of the event changes, the invitation too (a revoked or withdrawn answer ends it). */
    private FeedCache.Fresh render(String token, Locale locale) {
        var guest = rsvp.acceptedGuest(token).orElseThrow(() -> new NotFoundException("invitation"));
        var doc = CeremonyCalendar.document(new CeremonyCalendar.Input(guest.event(), guest.ceremony(), locale,
                (key, args) -> i18n.getTranslation(key, locale, args)), links);
        return new FeedCache.Fresh(guest.event().id(), writer.write(doc), doc.etag(),
                doc.fileName(), CeremonyCalendar.lastChange(guest.event(), guest.ceremony()));
    }
}
