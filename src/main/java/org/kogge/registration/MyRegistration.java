package org.kogge.registration;

/**
 * The caller's registration for one event: status (or {@code null} if none), waitlist position (1-based, 0 when
 * not waitlisted), whether they were just promoted from the waitlist and have not seen it yet.
 */
public record MyRegistration(RegistrationStatus status, long waitlistPosition, boolean justPromoted,
                             boolean publicName) {

    public static final MyRegistration NONE = new MyRegistration(null, 0, false, false);

    public boolean isActive() {
        return status == RegistrationStatus.REGISTERED || status == RegistrationStatus.WAITLISTED;
    }
}
