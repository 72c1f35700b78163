package org.kogge.ceremony;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Who signs, in which order: e.g. the Oberbürgermeister of Kiel, or someone representing them
 * ({@code representedBy} set: the signatory is not present in person).
 */
@Entity
@Table(name = "signatory")
public class Signatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    private int signingOrder;
    private String name;
    private String office;
    private String organisation;
    private String representedBy;

    @Version
    private long version;

    protected Signatory() {
    }

    Signatory(long eventId, int signingOrder) {
        this.eventId = eventId;
        this.signingOrder = signingOrder;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getEventId() { return eventId; }
    public int getSigningOrder() { return signingOrder; }
    public String getName() { return name; }
    public String getOffice() { return office; }
    public String getOrganisation() { return organisation; }
    public String getRepresentedBy() { return representedBy; }

    void apply(String name, String office, String organisation, String representedBy) {
        this.name = name;
        this.office = office;
        this.organisation = organisation;
        this.representedBy = representedBy;
    }

    void moveTo(int order) {
        this.signingOrder = order;
    }
}
