package org.kogge.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kogge.common.Texts;

/**
 * What a person tells about themselves, on sign-up and on their own profile: name, email (the login name),
 * organisation and city. The constraints are the columns' limits; the service checks them again.
 */
public abstract class PersonDetails {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.too-long}")
    private String displayName;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.too-long}")
    private String email;

    @Size(max = 200, message = "{validation.too-long}")
    private String organisation;

    @NotNull(message = "{validation.required}")
    private Long cityId;

    protected PersonDetails() {
    }

    protected PersonDetails(String displayName, String email, String organisation, Long cityId) {
        this.displayName = displayName;
        this.email = email;
        this.organisation = organisation;
        this.cityId = cityId;
    }

    /** Name and organisation on one line, the email as it is stored (trimmed, lower case), before any check. */
    void tidy() {
        displayName = Texts.oneLine(displayName);
        email = Texts.normalizeEmail(email);
        organisation = Texts.oneLine(organisation);
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Long getCityId() { return cityId; }
    public void setCityId(Long cityId) { this.cityId = cityId; }
}
