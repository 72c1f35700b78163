package org.kogge.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * A calendar ready to be written: its file name, its name (X-WR-CALNAME), its entries, and an ETag computed from
 * the entries themselves (so it changes whenever anything in the calendar changes, and never with the render time),
 * before anything is rendered. {@code personal} calendars must not be cached by shared caches.
 */
public record CalendarDocument(String fileName, String name, List<IcsEvent> events, String etag, boolean personal) {

    /** A calendar whose ETag is a digest of everything that goes into it (render time excluded: nothing uses it). */
    public static CalendarDocument of(String fileName, String name, List<IcsEvent> entries, boolean personal) {
        StringBuilder facts = new StringBuilder(fileName).append('\n').append(name).append('\n');
        entries.forEach(e -> facts.append(e).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(facts.toString().getBytes(StandardCharsets.UTF_8));
            String etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
            return new CalendarDocument(fileName, name, List.copyOf(entries), etag, personal);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
