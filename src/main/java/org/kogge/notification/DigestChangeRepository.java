package org.kogge.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DigestChangeRepository extends JpaRepository<DigestChange, Long> {

    /** Events with an unsent change that is older than {@code before}: their batching window has closed. */
    @Query("select distinct c.eventId from DigestChange c where c.sentAt is null and c.changedAt <= :before")
    List<Long> eventsDueBefore(@Param("before") Instant before);

    /** All unsent changes of an event, in the order they happened. */
    @Query("select c from DigestChange c where c.eventId = :eventId and c.sentAt is null order by c.changedAt, c.id")
    List<DigestChange> pendingIn(@Param("eventId") long eventId);

    /** Whether a session has an unsent change of this kind, e.g. a cancellation that its digest has not told yet. */
    boolean existsBySessionIdAndKindAndSentAtIsNull(long sessionId, DigestChange.Kind kind);

    /** Marks changes sent, those not yet sent only: returns how many this call marked. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update DigestChange c set c.sentAt = :now where c.id in :ids and c.sentAt is null")
    int markSent(@Param("ids") Collection<Long> ids, @Param("now") Instant now);
}
