package org.kogge.registration;

public enum RegistrationStatus {
    REGISTERED("registration.status.registered"),
    WAITLISTED("registration.status.waitlisted"),
    CANCELLED("registration.status.cancelled");

    private final String messageKey;

    RegistrationStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
