package org.kogge.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.VersionedEventPart;
import org.kogge.common.feed.NotInFeeds;

/**
 * A person's registration for an event. The waitlist is ordered by {@code queuePosition}, a per-event number taken
 * while the event's row is locked, so the order of joining is kept exactly.
 */
@Entity
@NotInFeeds
@Table(name = "registration")
public class Registration extends VersionedEventPart {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private Instant joinedAt;
    private long queuePosition;
    private Instant promotedAt;
    private Instant cancelledAt;
    private boolean publicName;
    private boolean promotionSeen = true;

    protected Registration() {
    }

    Registration(long eventId, long personId) {
        super(eventId);
        this.personId = personId;
    }

    public long getPersonId() { return personId; }
    public RegistrationStatus getStatus() { return status; }
    public Instant getJoinedAt() { return joinedAt; }
    public long getQueuePosition() { return queuePosition; }
    public Instant getPromotedAt() { return promotedAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public boolean isPublicName() { return publicName; }
    public boolean isPromotionSeen() { return promotionSeen; }

    boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    /** (Re-)joins at the end of the queue: with a seat if one is free, else on the waitlist. */
    void join(boolean seatFree, long position, Instant now) {
        status = seatFree ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        queuePosition = position;
        joinedAt = now;
        cancelledAt = null;
        promotedAt = null;
        promotionSeen = true;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    void promote(Instant now) {
        status = RegistrationStatus.REGISTERED;
        promotedAt = now;
        promotionSeen = false;
    }

    void demote(long position) {
        status = RegistrationStatus.WAITLISTED;
        queuePosition = position;
        promotedAt = null;
        promotionSeen = true;
    }

    void markPromotionSeen() {
        promotionSeen = true;
    }

    void showName(boolean show) {
        publicName = show;
    }
}
