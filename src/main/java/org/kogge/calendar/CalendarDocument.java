package org.kogge.calendar;

import java.util.List;

/**
 * A calendar ready to be written: its file name, its name (X-WR-CALNAME), its entries, and an ETag computed from
 * the entries themselves (so it changes whenever anything in the calendar changes, and never with the render time),
 * before anything is rendered. {@code personal} feeds must not be cached by shared caches.
 */
public record CalendarDocument(String fileName, String name, List<IcsEvent> events, String etag, boolean personal) {
}
