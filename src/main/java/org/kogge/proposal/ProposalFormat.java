package org.kogge.proposal;

public enum ProposalFormat {
    TALK("proposal.format.talk"),
    DISCUSSION("proposal.format.discussion"),
    WORKSHOP("proposal.format.workshop"),
    HANDS_ON("proposal.format.hands-on");

    private final String messageKey;

    ProposalFormat(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
