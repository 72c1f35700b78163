package org.kogge.mail;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door through which features send mail. A mail is written to the outbox in the transaction of the change that
 * causes it ({@link Propagation#MANDATORY}: there is no mail without one), complete with its MIME message, so a
 * rollback leaves no mail and the change's page never waits for a mail server; {@link OutboxSender} delivers it.
 *
 * <p>A change that mails many people queues {@link MailIntent}s instead ({@link #enqueueAll}): small rows, inserted
 * in one JDBC batch, that the sender renders when it claims them. Building a MIME message takes milliseconds; 500 of
 * them inside the change's transaction made an organizer wait seconds for a capacity raise.
 */
@Service
public class MailOutbox {

    /** The name beside the sender's address. */
    static final String SENDER_NAME = "Kogge";

    private final OutboxMailRepository mails;
    private final OutboxAttachmentRepository attachments;
    private final MailSettings settings;
    private final Clock clock;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    MailOutbox(OutboxMailRepository mails, OutboxAttachmentRepository attachments, MailSettings settings, Clock clock,
               EntityManager entityManager, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Queues the mail in the caller's transaction and returns its id.
     *
     * @throws IllegalArgumentException when the recipient is no valid address (the caller validated it before)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Mail mail) {
        if (!MimeWriter.valid(mail.recipient())) {
            throw new IllegalArgumentException("not a mail address: " + mail.recipient());
        }
        Instant now = clock.instant();
        String messageId = MimeWriter.newMessageId(settings.from());
        byte[] mime = MimeWriter.write(mail, settings.from(), SENDER_NAME, messageId, now);
        OutboxMail saved = mails.save(new OutboxMail(mail, messageId, mime, now));
        List<OutboxAttachment> files = mail.attachments().stream()
                .map(a -> attachments.save(new OutboxAttachment(saved.getId(), a))).toList();
        // Inserted at once (identity keys) and never changed in this transaction: out of the persistence context,
        // so that a change that mails 500 people does not dirty-check 500 MIME messages at every later query.
        entityManager.detach(saved);
        files.forEach(entityManager::detach);
        return saved.getId();
    }

    /**
     * Queues mails to be rendered by the sender, in the caller's transaction, with one batched insert. Each gets its
     * Message-ID now, so that it is the same message however often it is attempted.
     *
     * @throws IllegalArgumentException when a recipient is no valid address (the caller validated it before)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(List<MailIntent> intents) {
        insert(intents);
    }

    /**
     * Like {@link #enqueueAll}, for a feature that keeps the outbox id of each mail (to show its state): returns
     * the ids in the order of {@code intents}, read back by the mails' Message-IDs (one more query per 500).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> enqueueAllForIds(List<MailIntent> intents) {
        List<String> messageIds = insert(intents);
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < messageIds.size(); from += 500) {
            List<String> chunk = messageIds.subList(from, Math.min(messageIds.size(), from + 500));
            jdbc.query("SELECT id, message_id FROM outbox_mail WHERE message_id IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    row -> {
                        ids.put(row.getString(2), row.getLong(1));
                    }, chunk.toArray());
        }
        return messageIds.stream().map(ids::get).toList();
    }

    private List<String> insert(List<MailIntent> intents) {
        intents.stream().filter(i -> !MimeWriter.valid(i.recipient())).findFirst().ifPresent(i -> {
            throw new IllegalArgumentException("not a mail address: " + i.recipient());
        });
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> messageIds = intents.stream().map(i -> MimeWriter.newMessageId(settings.from())).toList();
        List<Integer> rows = IntStream.range(0, intents.size()).boxed().toList();
        jdbc.batchUpdate("""
                INSERT INTO outbox_mail (kind, person_id, recipient, language, subject, intent, message_id, state,
                                         captured, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', FALSE, 0, ?, ?)""", rows, rows.size(), (row, index) -> {
            MailIntent intent = intents.get(index);
            row.setString(1, intent.kind());
            row.setObject(2, intent.personId(), java.sql.Types.BIGINT);
            row.setString(3, intent.recipient());
            row.setString(4, intent.language().getLanguage());
            row.setString(5, intent.subject());
            row.setString(6, intent.values());
            row.setString(7, messageIds.get(index));
            row.setObject(8, now);
            row.setObject(9, now);
        });
        return messageIds;
    }

    /**
     * The states of the given mails, for features that show what became of the mails they queued (e.g. the guest
     * list); ids of mails that no longer exist are missing from the result. One query.
     */
    @Transactional(readOnly = true)
    public Map<Long, MailState> states(Collection<Long> mailIds) {
        Map<Long, MailState> result = new HashMap<>();
        if (!mailIds.isEmpty()) {
            mails.statesOf(mailIds).forEach(row -> result.put((Long) row[0], (MailState) row[1]));
        }
        return result;
    }
}
