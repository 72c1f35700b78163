package org.kogge.schedule;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleStateRepository extends JpaRepository<ScheduleState, Long> {

    List<ScheduleState> findByEventIdIn(Collection<Long> eventIds);
}
