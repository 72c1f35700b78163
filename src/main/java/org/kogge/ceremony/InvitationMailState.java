package org.kogge.ceremony;

import org.kogge.mail.MailState;

/**
 * What became of a guest's invitation mail, as the guest list shows it: read from the outbox row the invitation
 * links, so it is never out of step with the mail itself.
 */
public enum InvitationMailState {
    NOT_SENT("ceremony.mail.state.not-sent"),
    QUEUED("ceremony.mail.state.queued"),
    SENT("ceremony.mail.state.sent"),
    FAILED("ceremony.mail.state.failed");

    private final String messageKey;

    InvitationMailState(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The state of an invitation whose mail row is in {@code state}; {@code null}: no mail (or no longer one). */
    static InvitationMailState of(MailState state) {
        if (state == null) {
            return NOT_SENT;
        }
        return switch (state) {
            case QUEUED, SENDING -> QUEUED;
            case SENT -> SENT;
            case FAILED -> FAILED;
        };
    }
}
