package org.kogge.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionFeedbackRepository extends JpaRepository<SessionFeedback, Long> {

    Optional<SessionFeedback> findBySessionIdAndPersonId(long sessionId, long personId);

    /** All feedback on a session: at most one per seat of its event, so a page of its own is never needed. */
    List<SessionFeedback> findBySessionId(long sessionId);

    List<SessionFeedback> findByPersonIdOrderByGivenAtAsc(long personId);

    @Modifying
    @Query("delete from SessionFeedback f where f.personId = :personId")
    int deleteByPersonId(@Param("personId") long personId);
}
