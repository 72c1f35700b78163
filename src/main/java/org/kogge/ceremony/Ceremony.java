package org.kogge.ceremony;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What a ceremony adds to its event: the agreement being signed and the invitation settings. One row per event,
 * created on the first edit. {@code icalSequence} grows with every change of the agenda, so that calendar apps
 * take the new agenda in the guests' .ics.
 */
@Entity
@Table(name = "ceremony")
public class Ceremony {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    private String agreementTitle;
    private String agreementSummary;
    private String agreementUrl;
    private Instant rsvpDeadline;
    private int maxCompanions;
    private int icalSequence;
    private Instant updatedAt;

    @Version
    private long version;

    /** The version forms carry while a ceremony has no row yet (nothing edited), so that the first save is checked too. */
    static final long UNSAVED = -1;

    protected Ceremony() {
    }

    Ceremony(long eventId, Instant now) {
        this.eventId = eventId;
        this.updatedAt = now;
    }

    public Long getEventId() { return eventId; }
    public long getVersion() { return version; }
    public String getAgreementTitle() { return agreementTitle; }
    public String getAgreementSummary() { return agreementSummary; }
    public String getAgreementUrl() { return agreementUrl; }
    public Instant getRsvpDeadline() { return rsvpDeadline; }
    public int getMaxCompanions() { return maxCompanions; }
    public int getIcalSequence() { return icalSequence; }
    public Instant getUpdatedAt() { return updatedAt; }

    void agreement(String title, String summary, String url, Instant now) {
        agreementTitle = title;
        agreementSummary = summary;
        agreementUrl = url;
        updatedAt = now;
    }

    void settings(Instant deadline, int companions, Instant now) {
        rsvpDeadline = deadline;
        maxCompanions = companions;
        updatedAt = now;
    }

    /** The agenda or the signatories changed: calendar copies must update. */
    void agendaChanged(Instant now) {
        icalSequence++;
        updatedAt = now;
    }
}
