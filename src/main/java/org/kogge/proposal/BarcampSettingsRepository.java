package org.kogge.proposal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BarcampSettingsRepository extends JpaRepository<BarcampSettings, Long> {
}
