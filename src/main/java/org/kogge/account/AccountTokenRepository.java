package org.kogge.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The token for redeeming it: locked, so that two clicks on one link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> lockByTokenHash(@Param("hash") String tokenHash);

    /** Ends the person's other unused tokens of this purpose: only the newest link works, and none after use. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update AccountToken t set t.usedAt = :now where t.personId = :person and t.purpose = :purpose "
            + "and t.usedAt is null")
    int useAll(@Param("person") long personId, @Param("purpose") TokenPurpose purpose, @Param("now") Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.personId = :person")
    void deleteByPerson(@Param("person") long personId);
}
