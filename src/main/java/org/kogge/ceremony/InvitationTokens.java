package org.kogge.ceremony;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Secrets of invitation links: 32 bytes from {@link SecureRandom}, URL-safe Base64 without padding (43 characters,
 * 256 bits). Lookups compare exactly (the database's collation ignores case).
 */
final class InvitationTokens {

    static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private InvitationTokens() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether the text could be a token at all (saves a query for garbage in the address). */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Constant-time comparison of a stored and a given token. */
    static boolean same(String stored, String given) {
        return stored != null && given != null
                && MessageDigest.isEqual(stored.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
