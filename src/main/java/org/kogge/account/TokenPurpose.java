package org.kogge.account;

/** What a one-time {@link AccountToken} sent by mail is good for, and how long it lasts. */
enum TokenPurpose {
    /** A new password through a link in a mail ("forgot password"): an hour, so a mail found later opens nothing. */
    PASSWORD_RESET(java.time.Duration.ofHours(1)),
    /** Confirms that the address of an account reaches its owner; unconfirmed accounts go after a week anyway. */
    EMAIL_CONFIRMATION(java.time.Duration.ofDays(7));

    private final java.time.Duration validity;

    TokenPurpose(java.time.Duration validity) {
        this.validity = validity;
    }

    java.time.Duration validity() {
        return validity;
    }
}
