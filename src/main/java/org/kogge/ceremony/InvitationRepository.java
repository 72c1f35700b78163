package org.kogge.ceremony;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByToken(String token);

    Optional<Invitation> findByIdAndEventId(long id, long eventId);

    @Query("select i.email from Invitation i where i.eventId = :event and i.email in :emails")
    List<String> invitedAmong(@Param("event") long eventId, @Param("emails") Collection<String> emails);

    /** The guest list, filtered: status {@code null} = all not revoked; press only if asked; sorted by name. */
    @Query("select i from Invitation i where i.eventId = :event and i.revokedAt is null "
            + "and (:status is null or i.rsvp = :status) and (:press = false or i.guestRole = 'PRESS') "
            + "and (:text = '' or lower(i.name) like :text or lower(i.email) like :text or lower(i.organisation) like :text) "
            + "order by i.name asc, i.id asc")
    List<Invitation> guests(@Param("event") long eventId, @Param("status") RsvpStatus status,
                            @Param("press") boolean pressOnly, @Param("text") String text, Pageable page);

    @Query("select count(i) from Invitation i where i.eventId = :event and i.revokedAt is null "
            + "and (:status is null or i.rsvp = :status) and (:press = false or i.guestRole = 'PRESS') "
            + "and (:text = '' or lower(i.name) like :text or lower(i.email) like :text or lower(i.organisation) like :text)")
    long countGuests(@Param("event") long eventId, @Param("status") RsvpStatus status,
                     @Param("press") boolean pressOnly, @Param("text") String text);

    /** Revoked invitations, newest first, for the organizer's "revoked" tab. */
    List<Invitation> findByEventIdAndRevokedAtIsNotNullOrderByNameAsc(long eventId);

    /** Every invitation of the event that is not revoked, by name: for export, print and the door search. */
    List<Invitation> findByEventIdAndRevokedAtIsNullOrderByNameAscIdAsc(long eventId);

    /** Guests who have had no invitation mail yet, by name: for "send to all not yet invited". */
    List<Invitation> findByEventIdAndRevokedAtIsNullAndMailIdIsNullOrderByNameAscIdAsc(long eventId);

    /**
     * Guests to remind now: invited by mail, not revoked, without an answer and not yet reminded, of a ceremony
     * whose RSVP deadline lies after {@code now} and not after {@code until}.
     */
    @Query("select i from Invitation i, Ceremony c where c.eventId = i.eventId and i.revokedAt is null "
            + "and i.rsvp = 'PENDING' and i.remindedAt is null and i.mailId is not null "
            + "and c.rsvpDeadline > :now and c.rsvpDeadline <= :until order by i.eventId, i.id")
    List<Invitation> dueForReminder(@Param("now") Instant now, @Param("until") Instant until);

    /** Marks a guest reminded only if not yet reminded (and still without an answer): of two runs, one gets 1. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.remindedAt = :now, i.version = i.version + 1 where i.id = :id "
            + "and i.remindedAt is null and i.rsvp = 'PENDING' and i.revokedAt is null")
    int markReminded(@Param("id") long id, @Param("now") Instant now);

    /** Rows: status, guest role, whether checked in, count, sum of companions. */
    @Query("select i.rsvp, i.guestRole, case when i.checkedInAt is null then false else true end, count(i), "
            + "coalesce(sum(i.companions), 0) from Invitation i where i.eventId = :event and i.revokedAt is null "
            + "group by i.rsvp, i.guestRole, case when i.checkedInAt is null then false else true end")
    List<Object[]> counts(@Param("event") long eventId);

    /** Marks arrival only if not yet arrived: of two staff at the door, exactly one gets 1, the other 0. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.checkedInAt = :now, i.checkedInBy = :by, i.version = i.version + 1 "
            + "where i.id = :id and i.eventId = :event and i.checkedInAt is null and i.revokedAt is null")
    int checkIn(@Param("event") long eventId, @Param("id") long id, @Param("by") Long by, @Param("now") Instant now);

    /** Undoes an arrival only if it is still the one the staff member saw (same time): no undoing someone else's. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Invitation i set i.checkedInAt = null, i.checkedInBy = null, i.version = i.version + 1 "
            + "where i.id = :id and i.eventId = :event and i.checkedInAt is not null")
    int undoCheckIn(@Param("event") long eventId, @Param("id") long id);
}
