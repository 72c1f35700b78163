package org.kogge.account;

/** What a person may do. Spring Security sees each as authority {@code ROLE_<name>}. */
public enum Role {
    ADMIN("role.admin"),
    ORGANIZER("role.organizer"),
    EXPERT("role.expert"),
    ATTENDEE("role.attendee");

    private final String messageKey;

    Role(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
