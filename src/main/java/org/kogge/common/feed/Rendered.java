package org.kogge.common.feed;

import java.time.Instant;

/**
 * A rendered answer: its bytes, its ETag (quoted), its file name (or {@code null}) and when its content last
 * changed, to the best of our knowledge ({@code null}: unknown, no Last-Modified is sent).
 */
public record Rendered(byte[] body, String etag, String fileName, Instant lastModified) {
}
