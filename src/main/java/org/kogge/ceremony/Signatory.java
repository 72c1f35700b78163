package org.kogge.ceremony;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.kogge.common.VersionedEventPart;

/**
 * Who signs, in which order: e.g. the Oberbürgermeister of Kiel, or someone representing them
 * ({@code representedBy} set: the signatory is not present in person).
 */
@Entity
@Table(name = "signatory")
public class Signatory extends VersionedEventPart {

    private int signingOrder;
    private String name;
    private String office;
    private String organisation;
    private String representedBy;

    protected Signatory() {
    }

    Signatory(long eventId, int signingOrder) {
        super(eventId);
        this.signingOrder = signingOrder;
    }

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
