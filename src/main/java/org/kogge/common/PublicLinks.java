package org.kogge.common;

import java.net.URI;
import org.kogge.common.KoggeProperties;
import org.springframework.stereotype.Component;

/**
 * Addresses that leave the app, built from {@code kogge.base-url}: the public pages that calendars and the public API
 * link back to, the calendar files themselves, and calendar UIDs ({@code session-42@host}) that stay the same for
 * the same thing forever, whichever feature writes the entry.
 */
@Component
public class PublicLinks {

    private final String base;
    private final String host;

    public PublicLinks(KoggeProperties properties) {
        String b = properties.baseUrl().strip();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        String h = URI.create(base).getHost();
        this.host = h == null || h.isBlank() ? "kogge" : h;
    }

    /**
     * The one calendar UID of an event, such as {@code event-12@kogge.example}, wherever it is written: the event's
     * own calendar, personal feeds and, for a ceremony, its guests' files (so calendar apps see one event, not two).
     */
    public String eventUid(long eventId) {
        return uid("event", eventId);
    }

    /** The calendar UID of a session of a barcamp's schedule, such as {@code session-42@kogge.example}. */
    public String sessionUid(long sessionId) {
        return uid("session", sessionId);
    }

    private String uid(String kind, long id) {
        return kind + "-" + id + "@" + host;
    }

    public URI eventPage(String slug) {
        return URI.create(base + "/events/" + slug);
    }

    public URI sessionPage(String slug, long sessionId) {
        return URI.create(base + "/events/" + slug + "/sessions/" + sessionId);
    }

    public String eventCalendar(String slug) {
        return base + "/calendar/events/" + slug + ".ics";
    }

    public String sessionCalendar(long sessionId) {
        return base + "/calendar/sessions/" + sessionId + ".ics";
    }

    /** The public API's schedule of an event (see org.kogge.api). */
    public String apiSessions(String slug) {
        return base + "/api/v1/events/" + slug + "/sessions";
    }

    public String feed(String token) {
        return base + "/calendar/feed/" + token + ".ics";
    }

    /** The same feed for calendar apps to subscribe to: {@code webcal://} instead of {@code http(s)://}. */
    public String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }
}
