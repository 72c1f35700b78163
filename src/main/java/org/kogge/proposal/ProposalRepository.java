package org.kogge.proposal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventRef;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    /** The proposals of an event in the given states, with topics and co-hosts fetched in the same query. */
    @Query("select distinct p from Proposal p left join fetch p.topicIds left join fetch p.cohostIds "
            + "where p.eventId = :event and p.status in :states")
    List<Proposal> findByEventAndStatus(@Param("event") long eventId, @Param("states") Collection<ProposalStatus> states);

    @Query("select distinct p from Proposal p left join fetch p.topicIds left join fetch p.cohostIds "
            + "where p.eventId = :event and p.hostId = :host")
    List<Proposal> findByEventAndHost(@Param("event") long eventId, @Param("host") long hostId);

    /** The proposals of an event that a person co-hosts. */
    @Query("select p from Proposal p join p.cohostIds c where p.eventId = :event and c = :person order by p.title")
    List<Proposal> findCohostedBy(@Param("event") long eventId, @Param("person") long personId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> lockById(@Param("id") long id);

    List<Proposal> findByHostId(long hostId);

    /** The events in which a person hosts or co-hosts an accepted proposal, one query. */
    @Query("select distinct p.eventId from Proposal p left join p.cohostIds c "
            + "where p.status = org.kogge.proposal.ProposalStatus.ACCEPTED and (p.hostId = :person or c = :person)")
    List<Long> findEventsWithAcceptedHostedBy(@Param("person") long personId);

    /**
     * Every proposal a person hosts or co-hosts (as an accepted co-host), of any event and status, with its co-hosts
     * fetched in the same query: their "my sessions".
     */
    @Query("select distinct p from Proposal p left join fetch p.cohostIds where p.hostId = :person "
            + "or p.id in (select q.id from Proposal q join q.cohostIds c where c = :person)")
    List<Proposal> findHostedOrCohostedBy(@Param("person") long personId);

    /** How many proposals of an event are in each status, one query: rows of (status, count). */
    @Query("select p.status, count(p) from Proposal p where p.eventId = :event group by p.status")
    List<Object[]> countsByStatus(@Param("event") long eventId);

    /** A proposal of this event; one of another event is "not found", as is an unknown id. */
    default Proposal ofEvent(EventRef t, long proposalId) {
        return findById(proposalId).filter(p -> p.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
    }

    /** These proposals with their co-hosts fetched in the same query. */
    @Query("select distinct p from Proposal p left join fetch p.cohostIds where p.id in :ids")
    List<Proposal> findWithCohostsByIdIn(@Param("ids") Collection<Long> ids);
}
