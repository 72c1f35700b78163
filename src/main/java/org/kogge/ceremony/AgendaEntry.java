package org.kogge.ceremony;

import java.time.Instant;
import org.kogge.common.Texts;

/** An agenda point as pages show it. */
public record AgendaEntry(long id, Instant startsAt, Instant endsAt, int minutes, String title, String speakerName,
                          String speakerOffice, String speakerCity) {

    /** "Jan Lindenau, Bürgermeister, Lübeck": the parts that are given, in that order; empty without a speaker. */
    public String speaker() {
        return Texts.joinPresent(", ", speakerName, speakerOffice, speakerCity);
    }

    static AgendaEntry of(AgendaItem i) {
        return new AgendaEntry(i.getId(), i.getStartsAt(), i.getEndsAt(), i.getDurationMinutes(), i.getTitle(),
                i.getSpeakerName(), i.getSpeakerOffice(), i.getSpeakerCity());
    }
}
