package org.kogge.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's mails for their account's privacy duties: what the data export lists (subject, time, state; no bodies,
 * which repeat what the export holds anyway) and what goes when the account goes.
 */
@Component
public class PersonMails {

    private final OutboxMailRepository mails;

    PersonMails(OutboxMailRepository mails) {
        this.mails = mails;
    }

    /** One mail in a person's data export. */
    public record Entry(String subject, Instant createdAt, MailState state, Instant sentAt) {
    }

    /** The person's mails, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(long personId) {
        return mails.rowsOf(personId).stream()
                .map(m -> new Entry(m.getSubject(), m.getCreatedAt(), m.getState(), m.getSentAt())).toList();
    }

    /**
     * Deletes the person's mails, in the caller's transaction (the account's deletion): those still waiting are never
     * sent, and no copy of what was sent stays with their address. A mail a sender holds at this moment
     * ({@link MailState#SENDING}) is left to it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(long personId) {
        return mails.deleteNotSendingOf(personId);
    }
}
