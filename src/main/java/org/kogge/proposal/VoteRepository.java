package org.kogge.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VoteRepository extends JpaRepository<Vote, Long> {

    Optional<Vote> findByProposalIdAndPersonId(long proposalId, long personId);

    long countByEventIdAndPersonId(long eventId, long personId);

    long countByProposalId(long proposalId);

    /** Vote counts of all proposals of an event, one query: rows of (proposal id, count). */
    @Query("select v.proposalId, count(v) from Vote v where v.eventId = :event group by v.proposalId")
    List<Object[]> countsByProposal(@Param("event") long eventId);

    /** Vote counts of these proposals (of any events), one query: rows of (proposal id, count). */
    @Query("select v.proposalId, count(v) from Vote v where v.proposalId in :ids group by v.proposalId")
    List<Object[]> countsByProposalIdIn(@Param("ids") Collection<Long> ids);

    /** Votes cast for an event's proposals and the people who cast them, one query: one row of (votes, voters). */
    @Query("select count(v), count(distinct v.personId) from Vote v where v.eventId = :event")
    List<Object[]> totals(@Param("event") long eventId);

    /** Who voted for what in an event, one query: rows of (proposal id, person id). */
    @Query("select v.proposalId, v.personId from Vote v where v.eventId = :event")
    List<Object[]> votersByProposal(@Param("event") long eventId);

    @Query("select v.proposalId from Vote v where v.eventId = :event and v.personId = :person")
    List<Long> proposalsVotedBy(@Param("event") long eventId, @Param("person") long personId);

    @Query("select v from Vote v where v.proposalId = :proposal")
    List<Vote> findByProposal(@Param("proposal") long proposalId);

    @Modifying
    @Query("delete from Vote v where v.proposalId = :proposal")
    int deleteByProposal(@Param("proposal") long proposalId);

    @Query("select p.title from Vote v, Proposal p where p.id = v.proposalId and v.personId = :person order by p.title")
    List<String> titlesVotedBy(@Param("person") long personId);
}
