package org.kogge.ceremony;

import org.springframework.data.jpa.repository.JpaRepository;

interface CeremonyRepository extends JpaRepository<Ceremony, Long> {
}
