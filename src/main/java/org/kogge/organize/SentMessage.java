package org.kogge.organize;

import java.time.Instant;
import java.time.ZoneId;

/** A message as the organizer page lists it; {@code senderName} is {@code null} for a deleted account. */
public record SentMessage(Instant sentAt, ZoneId zone, String senderName, Audience audience, String subject,
                          String text, int recipients) {
}
