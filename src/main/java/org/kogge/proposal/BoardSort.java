package org.kogge.proposal;

public enum BoardSort {
    VOTES("proposal.sort.votes"),
    NEWEST("proposal.sort.newest");

    private final String messageKey;

    BoardSort(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
