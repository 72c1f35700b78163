package org.kogge.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findByEventIdOrderByNameAsc(long eventId);
}
