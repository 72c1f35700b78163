package org.kogge.ceremony;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByEventIdOrderByStartsAtAscIdAsc(long eventId);
}
