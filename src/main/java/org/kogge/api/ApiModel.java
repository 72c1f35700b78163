package org.kogge.api;

import java.util.List;

/**
 * The JSON of the public read API ({@code /api/v1}), as records for Jackson. Times are ISO 8601 with the offset of
 * the event's zone ({@code 2027-10-31T10:00:00+01:00}); {@code timeZone} names that zone. Only public data: no
 * drafts, no unpublished schedules, no emails, person ids or votes.
 */
public final class ApiModel {

    private ApiModel() {
    }

    /** {@code GET /api/v1/events}: one page of public events, upcoming first (or past ones, newest first). */
    public record EventList(int page, int size, long total, List<EventItem> events) {
    }

    public record EventItem(String slug, String title, String kind, String state, String city, String venue,
                            String startsAt, String endsAt, String timeZone, String teaser, String url,
                            String calendarUrl) {
    }

    /** {@code GET /api/v1/events/{slug}}. {@code lastChange}: the event's or its published schedule's last change. */
    public record Event(String slug, String title, String kind, String state, String teaser, String description,
                        String city, String venue, String address, String startsAt, String endsAt, String timeZone,
                        List<String> organizers, boolean schedulePublished, String lastChange, String url,
                        String calendarUrl, String sessionsUrl) {
    }

    /** {@code GET /api/v1/events/{slug}/sessions}: the published schedule (404 while there is none). */
    public record Schedule(String event, String title, String timeZone, String publishedAt, String lastChange,
                           List<Room> rooms, List<Slot> slots, List<Session> sessions) {
    }

    public record Room(long id, String name, Integer capacity, boolean stepFree, String notes) {
    }

    public record Slot(long id, String startsAt, String endsAt, String kind, String label) {
    }

    /** A placed session; {@code status} is SCHEDULED or CANCELLED (cancelled sessions stay listed). */
    public record Session(long id, String title, String abstractText, String format, String language, long roomId,
                          String room, String startsAt, String endsAt, String status, List<String> hosts,
                          List<String> topics, int sequence, String lastChange, String url, String calendarUrl) {
    }

    /** Any error: {@code not-found} or {@code bad-request}, with a short English message. */
    public record Error(String error, String message) {
    }
}
