package org.kogge.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CohostRequestRepository extends JpaRepository<CohostRequest, Long> {

    List<CohostRequest> findByProposalIdOrderByEmail(long proposalId);

    /** The requests to one email at one event, oldest first. */
    List<CohostRequest> findByEventIdAndEmailOrderByCreatedAtAscIdAsc(long eventId, String email);

    /** The requests on the proposals a person hosts at an event, by proposal and email. */
    @Query("select r from CohostRequest r, Proposal p where p.id = r.proposalId and p.eventId = :event "
            + "and p.hostId = :host order by r.proposalId, r.email")
    List<CohostRequest> findByEventAndHost(@Param("event") long eventId, @Param("host") long hostId);

    /** The requests to one email at all events, oldest first. */
    List<CohostRequest> findByEmailOrderByCreatedAtAscIdAsc(String email);

    Optional<CohostRequest> findByProposalIdAndEmail(long proposalId, String email);
}
