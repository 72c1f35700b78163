package org.kogge.proposal;

import org.springframework.data.jpa.repository.JpaRepository;

interface BarcampSettingsRepository extends JpaRepository<BarcampSettings, Long> {
}
