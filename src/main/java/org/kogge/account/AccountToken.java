package org.kogge.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kogge.common.GeneratedId;

/**
 * A one-time token sent by mail (table {@code account_token}). Only the SHA-256 of the token is stored, so that a
 * copy of the database opens no account; {@link AccountTokens} issues and redeems them.
 */
@Entity
@Table(name = "account_token")
class AccountToken extends GeneratedId {

    @Column(nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    /** SHA-256 in hex: the migration's CHAR(64). */
    @Column(nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String tokenHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(long personId, TokenPurpose purpose, String tokenHash, Instant now) {
        this.personId = personId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    Long getPersonId() { return personId; }
    TokenPurpose getPurpose() { return purpose; }
    String getTokenHash() { return tokenHash; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getUsedAt() { return usedAt; }

    boolean isUsed() { return usedAt != null; }

    boolean isExpired(Instant now) { return !now.isBefore(expiresAt); }

    void use(Instant now) { usedAt = now; }
}
