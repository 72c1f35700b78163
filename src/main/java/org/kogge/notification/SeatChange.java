package org.kogge.notification;

import java.util.HashMap;
import java.util.Map;
import org.kogge.mail.MailIntent;

/**
 * A change of a person's seat that they are told about, with their waitlist position as of the change (0 when the
 * mail does not state one). Its {@link #values()} are what a seat mail's {@link MailIntent} keeps of it.
 */
record SeatChange(long eventId, long personId, SeatNotice notice, long position) {

    SeatChange(long eventId, long personId, SeatNotice notice) {
        this(eventId, personId, notice, 0);
    }

    /** The intent's values, e.g. {@code event=12;position=3}; the person and the kind are the intent's own. */
    String values() {
        return "event=" + eventId + ";position=" + position;
    }

    /** The change a seat mail's intent was written for. */
    static SeatChange of(MailIntent intent) {
        Map<String, String> values = new HashMap<>();
        for (String pair : intent.values().split(";")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        SeatNotice notice = SeatNotice.ofKind(intent.kind())
                .orElseThrow(() -> new IllegalArgumentException("not a seat mail: " + intent.kind()));
        return new SeatChange(Long.parseLong(values.get("event")), intent.personId(), notice,
                Long.parseLong(values.get("position")));
    }
}
