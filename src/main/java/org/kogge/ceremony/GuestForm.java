package org.kogge.ceremony;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A guest to invite: entered by hand or taken from a checked paste. */
public class GuestForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.too-long}")
    private String name;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.too-long}")
    private String email;

    @Size(max = 200, message = "{validation.too-long}")
    private String organisation;

    @NotNull(message = "{validation.required}")
    private GuestRole role = GuestRole.GUEST;

    public GuestForm() {
    }

    public GuestForm(String name, String email, String organisation, GuestRole role) {
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.role = role;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public GuestRole getRole() { return role; }
    public void setRole(GuestRole role) { this.role = role; }
}
