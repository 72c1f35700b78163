package org.kogge.ceremony;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kogge.common.Texts;
import org.kogge.common.VersionedForm;

/** A signatory: name, office (e.g. Oberbürgermeister), city or organisation, and who represents them if absent. */
public class SignatoryForm extends VersionedForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.too-long}")
    private String name;

    @Size(max = 120, message = "{validation.too-long}")
    private String office;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    private String organisation;

    /** Empty: present in person. */
    @Size(max = 120, message = "{validation.too-long}")
    private String representedBy;

    public SignatoryForm() {
    }

    public SignatoryForm(String name, String office, String organisation, String representedBy) {
        this.name = name;
        this.office = office;
        this.organisation = organisation;
        this.representedBy = representedBy;
    }

    /** Every text on one line with no outer spaces (pasted line breaks would break the signing list). */
    void tidy() {
        name = Texts.oneLine(name);
        office = Texts.oneLine(office);
        organisation = Texts.oneLine(organisation);
        representedBy = Texts.oneLine(representedBy);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOffice() { return office; }
    public void setOffice(String office) { this.office = office; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getRepresentedBy() { return representedBy; }
    public void setRepresentedBy(String representedBy) { this.representedBy = representedBy; }
}
