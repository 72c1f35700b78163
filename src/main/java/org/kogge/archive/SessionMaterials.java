package org.kogge.archive;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A session's materials as its page shows them: the Markdown ({@code null} if none is written yet), the same as
 * sanitized HTML, who last edited it ({@code null} if unknown or deleted) and when, shown in the event's zone;
 * {@code mayEdit}: the caller may write them (a host, an organizer of the event, an admin).
 */
public record SessionMaterials(long sessionId, String markdown, String html, String editorName, Instant editedAt,
                               ZoneId zone, boolean mayEdit) {

    public boolean written() {
        return markdown != null;
    }
}
