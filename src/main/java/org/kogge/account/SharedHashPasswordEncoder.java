package org.kogge.account;

import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder (bcrypt by default), which can hash one given password only once for a batch
 * of accounts: {@link #reuseHashOf} gives every account created in its work, on the calling thread, with exactly
 * that password the same hash. Only the demo data uses it (ten accounts with the demo password cost ten bcrypt runs,
 * about a second of the cold start); every other hash, and every hash outside the work, has its own salt.
 */
public final class SharedHashPasswordEncoder implements PasswordEncoder {

    private static final ThreadLocal<String[]> SHARED = new ThreadLocal<>();

    private final PasswordEncoder delegate;

    SharedHashPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    /** Runs the work with one hash for every account created in it with this password (demo data only). */
    public static <T> T reuseHashOf(String password, Supplier<T> work) {
        String[] before = SHARED.get();
        SHARED.set(new String[] {password, null});
        try {
            return work.get();
        } finally {
            if (before == null) {
                SHARED.remove();
            } else {
                SHARED.set(before);
            }
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        String[] shared = SHARED.get();
        if (shared == null || rawPassword == null || !shared[0].contentEquals(rawPassword)) {
            return delegate.encode(rawPassword);
        }
        if (shared[1] == null) {
            shared[1] = delegate.encode(rawPassword);
        }
        return shared[1];
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
