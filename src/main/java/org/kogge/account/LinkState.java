package org.kogge.account;

/** What a link with a one-time token (password reset, address confirmation) finds. */
public enum LinkState {
    /** The link can be used. */
    VALID,
    /** The link was used already, or a newer one replaced it. */
    USED,
    /** The link is older than its purpose allows. */
    EXPIRED,
    /** No such link: mistyped, cut off, or its account is gone. */
    UNKNOWN;

    /** The message key saying so to the person who opened the link. */
    public String messageKey() {
        return switch (this) {
            case VALID -> "account.link.valid";
            case USED -> "account.link.used";
            case EXPIRED -> "account.link.expired";
            case UNKNOWN -> "account.link.unknown";
        };
    }
}
