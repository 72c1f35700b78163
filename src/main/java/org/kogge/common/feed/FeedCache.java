package org.kogge.common.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered feeds (calendar files, API answers) per resource and language, valid while the {@link ChangeStamps} of
 * their event stay where they were when they were rendered: a hit costs no query at all. Bounded by the bytes held
 * ({@code kogge.feed-cache.max-bytes}, 32 MB); {@code kogge.feed-cache.enabled=false} renders every time (for the
 * benchmark that compares both). Failures (not found) are not kept.
 *
 * <p>A render that overlapped a change (the stamp sequence moved while it loaded) is served but not kept: it may
 * hold data older than the stamp it would be kept under.
 */
@Component
public class FeedCache {

    /** What a loader found: the event the answer belongs to, its bytes and (optional) ETag, file name, last change. */
    public record Fresh(long eventId, byte[] body, String etag, String fileName, Instant lastModified) {

        public Fresh(long eventId, byte[] body, String fileName) {
            this(eventId, body, null, fileName, null);
        }
    }

    private record Key(String resource, String language) {
    }

    private record Entry(long eventId, long seq, Rendered rendered) {
    }

    private final ChangeStamps stamps;
    private final boolean enabled;
    private final Cache<Key, Entry> entries;

    public FeedCache(ChangeStamps stamps, @Value("${kogge.feed-cache.enabled:true}") boolean enabled,
                     @Value("${kogge.feed-cache.max-bytes:33554432}") long maxBytes) {
        this.stamps = stamps;
        this.enabled = enabled;
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key k, Entry e) -> e.rendered().body().length + k.resource().length() + 200).build();
    }

    /**
     * The answer for {@code resource} in {@code language} ({@code null}: the same for all): from the cache while its
     * event did not change, else from {@code loader}, which may throw (nothing is kept then). The Last-Modified is
     * the loader's (the content's own last change), or the second after the event's stamp last moved.
     */
    public Rendered get(String resource, Locale language, Supplier<Fresh> loader) {
        Key key = new Key(resource, language == null ? "" : language.toLanguageTag());
        Entry entry = enabled ? entries.getIfPresent(key) : null;
        if (entry != null && stamps.of(entry.eventId()).seq() == entry.seq()) {
            return entry.rendered();
        }
        long before = stamps.sequence();
        Fresh fresh = loader.get();
        ChangeStamps.Stamp stamp = stamps.of(fresh.eventId());
        Rendered rendered = new Rendered(fresh.body(), fresh.etag() != null ? fresh.etag() : etagOf(fresh.body()),
                fresh.fileName(), fresh.lastModified() != null ? fresh.lastModified() : secondAfter(stamp.at()));
        if (enabled && stamp.seq() <= before) {
            entries.put(key, new Entry(fresh.eventId(), stamp.seq(), rendered));
        }
        return rendered;
    }

    /**
     * The Last-Modified of a stamp: the start of the next second (HTTP dates have no fractions), so that any later
     * change, even one within the same second, carries a later date; {@link FeedHttp} sends it once that time came.
     */
    private static Instant secondAfter(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    /** Empties the cache (tests, benchmarks). */
    public void clear() {
        entries.invalidateAll();
    }

    /** A strong ETag from a body: the first 192 bits of its SHA-256, quoted. */
    public static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A strong ETag from text (the facts a document is made of). */
    public static String etagOf(String facts) {
        return etagOf(facts.getBytes(StandardCharsets.UTF_8));
    }
}
