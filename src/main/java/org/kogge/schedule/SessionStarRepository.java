package org.kogge.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionStarRepository extends JpaRepository<SessionStar, SessionStar.Key> {

    List<SessionStar> findByPersonId(long personId);

    @Query("select s.proposalId from SessionStar s where s.personId = :person and s.eventId = :event")
    List<Long> starredIn(@Param("person") long personId, @Param("event") long eventId);

    long countByProposalId(long proposalId);

    void deleteByPersonId(long personId);
}
