package org.kogge.ceremony;

/**
 * Counts of an event's (not revoked) invitations. {@code companions} are those announced by accepting guests;
 * {@code arrived} guests checked in at the door, {@code arrivedCompanions} the companions they announced.
 */
public record GuestCounts(long invited, long accepted, long declined, long pending, long companions, long press,
                          long arrived, long arrivedCompanions) {

    /** People expected: accepting guests and their companions. */
    public long expected() {
        return accepted + companions;
    }
}
