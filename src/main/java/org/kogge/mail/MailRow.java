package org.kogge.mail;

import java.time.Instant;

/** A line of the admins' mail list. */
public record MailRow(long id, String recipient, String subject, MailState state, boolean captured, int attempts,
                      Instant createdAt, Instant sentAt) {

    static MailRow of(OutboxMailRepository.MailRowView v) {
        return new MailRow(v.getId(), v.getRecipient(), v.getSubject(), v.getState(), v.isCaptured(), v.getAttempts(),
                v.getCreatedAt(), v.getSentAt());
    }
}
