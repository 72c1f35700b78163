package org.kogge.ceremony;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kogge.common.VersionedEventPart;

/**
 * A personal invitation to one ceremony: the guest, their answer (with companions and a note), whether the link
 * was revoked, and when they arrived. Check-in is written with a conditional UPDATE (see
 * {@link InvitationRepository#checkIn}), never through this entity, so two staff at the door cannot both count.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends VersionedEventPart {

    private String token;
    private String name;
    private String email;
    private String organisation;

    @Enumerated(EnumType.STRING)
    private GuestRole guestRole;

    @Enumerated(EnumType.STRING)
    private RsvpStatus rsvp = RsvpStatus.PENDING;

    private int companions;
    private String note;
    private Instant respondedAt;
    private Instant revokedAt;
    private Instant checkedInAt;
    private Long checkedInBy;
    private Instant createdAt;
    /** The outbox row of the latest invitation mail; {@code null}: none sent by Kogge. */
    private Long mailId;
    private Instant remindedAt;

    protected Invitation() {
    }

    Invitation(long eventId, String token, String name, String email, String organisation, GuestRole role, Instant now) {
        super(eventId);
        this.token = token;
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.guestRole = role;
        this.createdAt = now;
    }

    public String getToken() { return token; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getOrganisation() { return organisation; }
    public GuestRole getGuestRole() { return guestRole; }
    public RsvpStatus getRsvp() { return rsvp; }
    public int getCompanions() { return companions; }
    public String getNote() { return note; }
    public Instant getRespondedAt() { return respondedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public Long getCheckedInBy() { return checkedInBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getMailId() { return mailId; }
    public Instant getRemindedAt() { return remindedAt; }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void answer(RsvpStatus answer, int companions, String note, Instant now) {
        this.rsvp = answer;
        this.companions = answer == RsvpStatus.ACCEPTED ? companions : 0;
        this.note = note;
        this.respondedAt = now;
    }

    /** An invitation mail was queued for this guest: its state is now shown in the guest list. */
    void mailed(long outboxMailId) {
        mailId = outboxMailId;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    /**
     * A new secret: the old link stops working at once. A mail sent with the old link no longer invites, so the
     * guest counts as "not sent" again (and "send to all not yet invited" includes them).
     */
    void renew(String newToken) {
        token = newToken;
        revokedAt = null;
        mailId = null;
    }
}
