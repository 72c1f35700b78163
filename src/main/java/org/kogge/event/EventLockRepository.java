package org.kogge.event;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Row locks on events: registrations and capacity changes of one event take turns on its row. */
interface EventLockRepository extends Repository<Event, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(@Param("id") long id);

    @Query("select e from Event e left join fetch e.organizerIds where e.slug = :slug")
    Optional<Event> findBySlugWithOrganizers(@Param("slug") String slug);

    @Query(EventRepository.SUMMARY + "from Event e join e.hostCity c where e.id in :ids")
    java.util.List<EventSummary> summaries(@Param("ids") java.util.Collection<Long> ids);
}
