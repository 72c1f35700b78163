package org.kogge.ceremony;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.kogge.calendar.CalendarEndpoint;
import org.kogge.calendar.CalendarLinks;
import org.kogge.calendar.IcsWriter;
import org.kogge.common.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /invitation/{token}/ceremony.ics}: the ceremony for the calendar of a guest who accepted, reached with
 * the personal link and no login. Anything else (unknown or revoked link, no acceptance, a draft) is a plain-text
 * 404 ({@link CalendarEndpoint}). The ETag and Last-Modified follow the last change, so calendar apps that poll get
 * 304 while nothing changed.
 */
@RestController
@CalendarEndpoint
public class CeremonyCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final InvitationService invitations;
    private final IcsWriter writer;
    private final CalendarLinks links;
    private final I18NProvider i18n;

    public CeremonyCalendarController(InvitationService invitations, IcsWriter writer, CalendarLinks links,
                                      I18NProvider i18n) {
        this.invitations = invitations;
        this.writer = writer;
        this.links = links;
        this.i18n = i18n;
    }

    @GetMapping("/invitation/{token}/ceremony.ics")
    public ResponseEntity<byte[]> ceremony(@PathVariable String token, WebRequest request, Locale requested) {
        var guest = invitations.acceptedGuest(token).orElseThrow(() -> new NotFoundException("invitation"));
        Locale locale = Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        long lastModified = CeremonyCalendar.lastChange(guest.event(), guest.ceremony()).toEpochMilli();
        String etag = etag(token, guest, locale);
        CacheControl cache = CacheControl.noCache().cachePrivate();
        if (request.checkNotModified(etag, lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache)
                    .varyBy(HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        byte[] body = CeremonyCalendar.write(new CeremonyCalendar.Input(guest.event(), guest.ceremony(), locale,
                (key, args) -> i18n.getTranslation(key, locale, args)), writer, links);
        String fileName = guest.event().slug() + ".ics";
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .cacheControl(cache)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .eTag(etag)
                .lastModified(lastModified)
                .body(body);
    }

    private static String etag(String token, InvitationPage guest, Locale locale) {
        String basis = token + "|" + CeremonyCalendar.sequence(guest.event(), guest.ceremony()) + "|"
                + CeremonyCalendar.lastChange(guest.event(), guest.ceremony()) + "|" + guest.event().state() + "|"
                + locale.getLanguage();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
