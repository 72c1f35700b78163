package org.kogge.calendar;

import java.time.Instant;

/** My personal feed: its https URL (for copying), the same as {@code webcal://} (to subscribe) and since when. */
public record FeedLink(String url, String webcalUrl, Instant createdAt) {
}
