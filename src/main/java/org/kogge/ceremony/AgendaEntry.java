package org.kogge.ceremony;

import java.time.Instant;

/** An agenda point as pages show it. */
public record AgendaEntry(long id, Instant startsAt, Instant endsAt, int minutes, String title, String speakerName,
                          String speakerOffice, String speakerCity) {

    /** "Jan Lindenau, Bürgermeister, Lübeck": the parts that are given, in that order; empty without a speaker. */
    public String speaker() {
        return join(speakerName, speakerOffice, speakerCity);
    }

    static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(", ");
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    static AgendaEntry of(AgendaItem i) {
        return new AgendaEntry(i.getId(), i.getStartsAt(), i.getEndsAt(), i.getDurationMinutes(), i.getTitle(),
                i.getSpeakerName(), i.getSpeakerOffice(), i.getSpeakerCity());
    }
}
