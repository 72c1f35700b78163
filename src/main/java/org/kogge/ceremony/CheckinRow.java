package org.kogge.ceremony;

import java.time.Instant;

/** A guest as the door sees them: answer, announced companions, note, and when they arrived (null: not yet). */
public record CheckinRow(long id, String name, String organisation, GuestRole role, RsvpStatus rsvp, int companions,
                         String note, Instant checkedInAt) {

    public boolean arrived() {
        return checkedInAt != null;
    }
}
