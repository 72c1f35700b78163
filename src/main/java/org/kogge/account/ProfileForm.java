package org.kogge.account;

/** What a person edits on their own profile. */
public class ProfileForm extends PersonDetails {

    /** Needed only to change the email (the login name); checked by the service. */
    private String currentPassword;

    public ProfileForm() {
    }

    public ProfileForm(String displayName, String email, String organisation, Long cityId) {
        super(displayName, email, organisation, cityId);
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
}
