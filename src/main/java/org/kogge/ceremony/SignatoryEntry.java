package org.kogge.ceremony;

/** A signatory as pages show it; {@code order} counts from 1. {@code representedBy} empty: present in person. */
public record SignatoryEntry(long id, int order, String name, String office, String organisation,
                             String representedBy) {

    public boolean isRepresented() {
        return representedBy != null && !representedBy.isBlank();
    }

    static SignatoryEntry of(Signatory s, int order) {
        return new SignatoryEntry(s.getId(), order, s.getName(), s.getOffice(), s.getOrganisation(),
                s.getRepresentedBy());
    }
}
