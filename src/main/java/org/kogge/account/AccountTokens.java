package org.kogge.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.kogge.common.SecretTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and redeems the one-time tokens of mailed links. The token itself goes into the mail only; the database
 * keeps its SHA-256 (hex, so the case-insensitive collation cannot make two hashes equal). Issuing a token ends the
 * person's earlier ones of the same purpose, and using one ends them all: only the newest link ever works.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountTokens {

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the person (to be put into a mail); earlier unused ones of this purpose stop working. */
    String issue(long personId, TokenPurpose purpose) {
        Instant now = clock.instant();
        tokens.useAll(personId, purpose, now);
        String token = SecretTokens.next();
        tokens.save(new AccountToken(personId, purpose, hash(token), now));
        return token;
    }

    /** What the link with {@code token} finds, without using it. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    LinkState check(TokenPurpose purpose, String token) {
        return find(purpose, token, false).map(this::state).orElse(LinkState.UNKNOWN);
    }

    /**
     * Uses the token: the person it belongs to when it was {@link LinkState#VALID}, else why not. The row is locked,
     * so a link clicked twice at once works once.
     */
    Redeemed redeem(TokenPurpose purpose, String token) {
        Optional<AccountToken> found = find(purpose, token, true);
        if (found.isEmpty()) {
            return new Redeemed(LinkState.UNKNOWN, null);
        }
        AccountToken t = found.get();
        LinkState state = state(t);
        if (state != LinkState.VALID) {
            return new Redeemed(state, null);
        }
        Instant now = clock.instant();
        t.use(now);
        tokens.useAll(t.getPersonId(), purpose, now);
        return new Redeemed(LinkState.VALID, t.getPersonId());
    }

    /** The outcome of {@link #redeem}: {@code personId} is set only when {@code state} is VALID. */
    record Redeemed(LinkState state, Long personId) {
    }

    private Optional<AccountToken> find(TokenPurpose purpose, String token, boolean lock) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = hash(token);
        return (lock ? tokens.lockByTokenHash(hash) : tokens.findByTokenHash(hash))
                .filter(t -> t.getPurpose() == purpose);
    }

    private LinkState state(AccountToken t) {
        if (t.isUsed()) {
            return LinkState.USED;
        }
        return t.isExpired(clock.instant()) ? LinkState.EXPIRED : LinkState.VALID;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
