package org.kogge.organize;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantMessageRepository extends JpaRepository<ParticipantMessage, Long> {

    List<ParticipantMessage> findByEventIdOrderBySentAtDescIdDesc(long eventId);
}
