package org.kogge.ceremony;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.VersionedEventPart;

/** One point of a ceremony's agenda, such as the host's welcome or the signing; ordered by start. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends VersionedEventPart {

    private Instant startsAt;
    private int durationMinutes;
    private String title;
    private String speakerName;
    private String speakerOffice;
    private String speakerCity;

    protected AgendaItem() {
    }

    AgendaItem(long eventId) {
        super(eventId);
    }

    public Instant getStartsAt() { return startsAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public Instant getEndsAt() { return startsAt.plusSeconds(60L * durationMinutes); }
    public String getTitle() { return title; }
    public String getSpeakerName() { return speakerName; }
    public String getSpeakerOffice() { return speakerOffice; }
    public String getSpeakerCity() { return speakerCity; }

    void apply(Instant start, int minutes, String title, String speakerName, String speakerOffice, String speakerCity) {
        this.startsAt = start;
        this.durationMinutes = minutes;
        this.title = title;
        this.speakerName = speakerName;
        this.speakerOffice = speakerOffice;
        this.speakerCity = speakerCity;
    }
}
