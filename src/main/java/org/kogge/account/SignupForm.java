package org.kogge.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person enters to sign up. */
public class SignupForm {

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

    @NotBlank(message = "{validation.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.length}")
    private String password;

    @AssertTrue(message = "{account.privacy.required}")
    private boolean privacyAccepted;

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public Long getCityId() { return cityId; }
    public void setCityId(Long cityId) { this.cityId = cityId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isPrivacyAccepted() { return privacyAccepted; }
    public void setPrivacyAccepted(boolean privacyAccepted) { this.privacyAccepted = privacyAccepted; }
}
