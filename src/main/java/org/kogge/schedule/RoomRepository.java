package org.kogge.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findByEventIdOrderByPositionAscIdAsc(long eventId);

    long countByEventId(long eventId);
}
