package org.kogge.proposal;

public enum SessionLanguage {
    DE("proposal.language.de"),
    EN("proposal.language.en");

    private final String messageKey;

    SessionLanguage(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
