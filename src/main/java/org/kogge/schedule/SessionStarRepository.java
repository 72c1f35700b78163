package org.kogge.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionStarRepository extends JpaRepository<SessionStar, SessionStar.Key> {

    List<SessionStar> findByPersonId(long personId);

    @Query("select s.proposalId from SessionStar s where s.personId = :person and s.eventId = :event")
    List<Long> starredIn(@Param("person") long personId, @Param("event") long eventId);

    /** Who starred what in an event, one query: rows of (proposal id, person id). */
    @Query("select s.proposalId, s.personId from SessionStar s where s.eventId = :event")
    List<Object[]> starsByProposal(@Param("event") long eventId);

    long countByProposalId(long proposalId);

    void deleteByPersonId(long personId);
}
