package org.kogge.mail;

/**
 * Where a mail is on its way. QUEUED waits for its next attempt; SENDING is claimed by a sender (a mail left in
 * SENDING by a sender that died is due again after its back-off and goes out with the same Message-ID); SENT was
 * accepted by the mail server (or captured); FAILED gave up after {@link OutboxSender#MAX_ATTEMPTS} attempts.
 */
public enum MailState {
    QUEUED, SENDING, SENT, FAILED;

    /** The message key of the state's name. */
    public String messageKey() {
        return switch (this) {
            case QUEUED -> "mail.state.queued";
            case SENDING -> "mail.state.sending";
            case SENT -> "mail.state.sent";
            case FAILED -> "mail.state.failed";
        };
    }
}
