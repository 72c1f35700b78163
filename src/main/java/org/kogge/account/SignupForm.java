package org.kogge.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person enters to sign up. */
public class SignupForm extends PersonDetails {

    @NotBlank(message = "{validation.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.length}")
    private String password;

    @AssertTrue(message = "{account.privacy.required}")
    private boolean privacyAccepted;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isPrivacyAccepted() { return privacyAccepted; }
    public void setPrivacyAccepted(boolean privacyAccepted) { this.privacyAccepted = privacyAccepted; }
}
