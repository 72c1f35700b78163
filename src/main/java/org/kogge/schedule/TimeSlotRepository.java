package org.kogge.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimeSlotRepository extends JpaRepository<TimeSlot, Long> {

    List<TimeSlot> findByEventIdOrderByStartsAtAscIdAsc(long eventId);

    long countByEventId(long eventId);
}
