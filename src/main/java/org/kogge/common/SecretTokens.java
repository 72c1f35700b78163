package org.kogge.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Secrets of capability URLs (whoever knows the address may read what it opens): 32 bytes from
 * {@link SecureRandom}, URL-safe Base64 without padding (43 characters, 256 bits). A lookup by token must compare
 * exactly with {@link #same}: the database's default collation ignores case, so a token with one letter's case
 * changed would find the row.
 */
public final class SecretTokens {

    static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SecretTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether the text could be a token at all (saves a query for garbage in the address). */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Constant-time, case-sensitive comparison of a stored and a given token. */
    public static boolean same(String stored, String given) {
        return stored != null && given != null
                && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                        given.getBytes(StandardCharsets.US_ASCII));
    }
}
