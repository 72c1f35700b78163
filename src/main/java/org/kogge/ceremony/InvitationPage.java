package org.kogge.ceremony;

import java.time.Instant;
import org.kogge.event.EventDetails;

/**
 * What a guest sees behind their link. {@code phase} says whether they may answer; for {@code UNKNOWN},
 * {@code REVOKED} and {@code NOT_ACTIVE} nothing else is filled.
 */
public record InvitationPage(Phase phase, EventDetails event, CeremonyContent ceremony, String guestName,
                             RsvpStatus rsvp, int companions, String note, Instant respondedAt) {

    public enum Phase {
        /** The guest may answer or change the answer. */
        OPEN,
        /** After the deadline, or the ceremony is over or cancelled: the answer is shown, not changeable. */
        READ_ONLY,
        /** The link was revoked by the organizer. */
        REVOKED,
        /** No such invitation. */
        UNKNOWN,
        /** The ceremony is still a draft. */
        NOT_ACTIVE
    }

    static InvitationPage of(Phase phase) {
        return new InvitationPage(phase, null, null, null, null, 0, null, null);
    }

    public boolean canAnswer() {
        return phase == Phase.OPEN;
    }
}
