package org.kogge.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    /** The session's placement if it is placed (has a room and a slot) in the event {@code eventId}. */
    default Optional<Placement> placedIn(long eventId, long sessionId) {
        return findById(sessionId).filter(p -> p.getEventId() == eventId && p.isPlaced());
    }

    List<Placement> findByEventId(long eventId);

    /** Placed (or cancelled after being placed) sessions of an event, in time order. */
    @Query("select p from Placement p where p.eventId = :event and p.roomId is not null order by p.startsAt, p.roomId")
    List<Placement> findPlacedByEventId(@Param("event") long eventId);

    /** Sessions that take place as planned (placed in a room, neither cancelled nor withdrawn). */
    @Query("select count(p) from Placement p where p.eventId = :event and p.roomId is not null "
            + "and p.status = org.kogge.schedule.PlacementStatus.SCHEDULED")
    long countScheduled(@Param("event") long eventId);

    @Query("select p from Placement p where p.proposalId in :ids and p.roomId is not null")
    List<Placement> findPlacedByProposalIdIn(@Param("ids") Collection<Long> ids);

    /**
     * Of these sessions, those that take place as planned in a published schedule: rows of (session id, start).
     * One query, for the network's archive.
     */
    @Query("select p.proposalId, p.startsAt from Placement p, ScheduleState s where s.eventId = p.eventId "
            + "and s.publishedAt is not null and p.roomId is not null and p.startsAt is not null "
            + "and p.status = org.kogge.schedule.PlacementStatus.SCHEDULED and p.proposalId in :ids")
    List<Object[]> findPublishedScheduled(@Param("ids") Collection<Long> ids);

    /**
     * Of these sessions, those placed in a published schedule, cancelled and withdrawn ones included; one query, for
     * a person's "my sessions".
     */
    @Query("select p from Placement p, ScheduleState s where s.eventId = p.eventId and s.publishedAt is not null "
            + "and p.roomId is not null and p.startsAt is not null and p.proposalId in :ids")
    List<Placement> findPublishedPlacedByProposalIdIn(@Param("ids") Collection<Long> ids);
}
