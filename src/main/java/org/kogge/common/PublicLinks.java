package org.kogge.common;

import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * Addresses that leave the app, built from {@code kogge.base-url} ({@link BaseUrl#external()}): the pages a calendar
 * entry links back to, the calendar files themselves, and UIDs ({@code session-42@host}) that stay the same for the
 * same thing forever. The personal feed is shown in the browser to subscribe to, so it follows the address the
 * browser used when the setting is missing ({@link BaseUrl#shown()}).
 */
@Component
public class PublicLinks {

    private final BaseUrl baseUrl;
    private final String base;
    private final String host;

    public PublicLinks(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
        this.base = baseUrl.external();
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

    /** The network's events as a calendar, filtered like the event list ({@code null}: any city, any kind). */
    public String networkCalendar(Long cityId, String kind) {
        StringBuilder url = new StringBuilder(baseUrl.shown()).append("/calendar/events.ics");
        String separator = "?";
        if (cityId != null) {
            url.append(separator).append("city=").append(cityId);
            separator = "&";
        }
        if (kind != null) {
            url.append(separator).append("kind=").append(kind);
        }
        return url.toString();
    }

    public String sessionCalendar(long sessionId) {
        return base + "/calendar/sessions/" + sessionId + ".ics";
    }

    /** The public API's schedule of an event (see org.kogge.api). */
    public String apiSessions(String slug) {
        return base + "/api/v1/events/" + slug + "/sessions";
    }

    public String feed(String token) {
        return baseUrl.shown() + "/calendar/feed/" + token + ".ics";
    }

    /** The same feed for calendar apps to subscribe to: {@code webcal://} instead of {@code http(s)://}. */
    public String webcal(String url) {
        return url.replaceFirst("^https?://", "webcal://");
    }
}
