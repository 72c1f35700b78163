package org.kogge.mail;

import java.util.Objects;

/** A file that goes with a mail, e.g. an event's {@code .ics}. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }

    /** A calendar file, as calendar programs expect it in a mail. */
    public static MailAttachment calendar(String fileName, byte[] ics) {
        return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=PUBLISH", ics);
    }
}
