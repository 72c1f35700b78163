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

    /** All feedback on an event's sessions: at most one per seat and session. */
    List<SessionFeedback> findByEventId(long eventId);

    /** Per session of an event with feedback: the session's id, how many answered, their average rating. */
    @Query("select f.sessionId, count(f), avg(f.rating) from SessionFeedback f where f.eventId = :eventId "
            + "group by f.sessionId")
    List<Object[]> ratingsBySession(@Param("eventId") long eventId);

    @Modifying
    @Query("delete from SessionFeedback f where f.personId = :personId")
    int deleteByPersonId(@Param("personId") long personId);
}
