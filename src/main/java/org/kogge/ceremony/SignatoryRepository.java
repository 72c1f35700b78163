package org.kogge.ceremony;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignatoryRepository extends JpaRepository<Signatory, Long> {

    List<Signatory> findByEventIdOrderBySigningOrderAscIdAsc(long eventId);
}
