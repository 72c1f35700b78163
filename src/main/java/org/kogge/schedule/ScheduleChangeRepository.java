package org.kogge.schedule;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleChangeRepository extends JpaRepository<ScheduleChange, Long> {

    List<ScheduleChange> findByEventIdAndChangedAtAfterOrderByChangedAtDesc(long eventId, Instant after, Pageable page);
}
