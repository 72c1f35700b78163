package org.kogge.proposal;

/** OPEN (on the board) → ACCEPTED | DECLINED by the organizer; WITHDRAWN by the host; MERGED into another one. */
public enum ProposalStatus {
    OPEN("proposal.status.open"),
    ACCEPTED("proposal.status.accepted"),
    DECLINED("proposal.status.declined"),
    WITHDRAWN("proposal.status.withdrawn"),
    MERGED("proposal.status.merged");

    private final String messageKey;

    ProposalStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Shown on the public board and open for votes. */
    public boolean isOnBoard() {
        return this == OPEN || this == ACCEPTED;
    }
}
