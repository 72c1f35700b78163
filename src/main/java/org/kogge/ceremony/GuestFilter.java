package org.kogge.ceremony;

/** The guest list's filter: one answer ({@code null}: all), press only, and a text in name, email or organisation. */
public record GuestFilter(RsvpStatus status, boolean pressOnly, String text) {

    public static final GuestFilter ALL = new GuestFilter(null, false, null);
}
