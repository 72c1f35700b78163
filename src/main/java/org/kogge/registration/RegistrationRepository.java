package org.kogge.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndPersonId(long eventId, long personId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);

    @Query("select coalesce(max(r.queuePosition), 0) from Registration r where r.eventId = :event")
    long maxQueuePosition(@Param("event") long eventId);

    @Query("select r from Registration r where r.eventId = :event and r.status = :status order by r.queuePosition asc")
    List<Registration> inQueueOrder(@Param("event") long eventId, @Param("status") RegistrationStatus status,
                                    Pageable page);

    @Query("select count(r) from Registration r where r.eventId = :event and r.status = 'WAITLISTED' "
            + "and r.queuePosition < :position")
    long waitlistedBefore(@Param("event") long eventId, @Param("position") long position);

    @Query("select r.status, count(r) from Registration r where r.eventId = :event group by r.status")
    List<Object[]> countsByStatus(@Param("event") long eventId);

    List<Registration> findByPersonId(long personId);

    List<Registration> findByEventIdOrderByQueuePositionAsc(long eventId, Pageable page);

    long countByEventId(long eventId);

    @Query("select r.personId from Registration r where r.eventId = :event and r.status = 'REGISTERED' "
            + "and r.publicName = true order by r.queuePosition asc")
    List<Long> publicNames(@Param("event") long eventId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.eventId = :event and r.personId = :person")
    Optional<Registration> lockByEventAndPerson(@Param("event") long eventId, @Param("person") long personId);
}
