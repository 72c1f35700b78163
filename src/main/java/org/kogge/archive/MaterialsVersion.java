package org.kogge.archive;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The materials of a session as stored now, for somebody whose save was refused because they changed meanwhile: the
 * Markdown ({@code null}: none are stored, they were removed), the {@link MaterialsForm.Basis basis} a save over them
 * must name (so that a further change is refused again), who saved them ({@code null} if unknown or deleted;
 * {@code byCaller}: the caller, in another tab or window) and when, shown in the event's zone.
 */
public record MaterialsVersion(String markdown, MaterialsForm.Basis basis, String editorName, boolean byCaller,
                               Instant editedAt, ZoneId zone) implements Serializable {

    public boolean removed() {
        return markdown == null;
    }
}
