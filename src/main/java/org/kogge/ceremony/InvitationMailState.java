package org.kogge.ceremony;

import org.kogge.mail.MailState;

/**
 * What became of a guest's invitation mail, as the guest list shows it: read from the outbox row the invitation
 * links, so it is never out of step with the mail itself.
 */
public enum InvitationMailState {
    NOT_SENT, QUEUED, SENT, FAILED;

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

    public String messageKey() {
        return "ceremony.mail.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
