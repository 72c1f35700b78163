package org.kogge.mail;

import java.time.Instant;
import java.util.List;

/**
 * One mail as the admins read it: text, HTML (shown sandboxed) and the names of its attachments; a mail queued as an
 * intent and not yet {@code rendered} has none of them (empty texts) until the sender writes it.
 */
public record MailDetail(long id, String recipient, String subject, MailState state, boolean captured, int attempts,
                         Instant createdAt, Instant sentAt, String lastError, String text, String html,
                         List<File> files, boolean rendered) {

    public record File(long id, String fileName, String contentType) {
    }
}
