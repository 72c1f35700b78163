package org.kogge.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Due mails, locked for the caller's transaction; rows another sender holds are skipped instead of waited for,
     * so that two senders never claim the same mail and never block each other (MariaDB 10.6+ and H2).
     */
    @Query(value = """
            SELECT id FROM outbox_mail
            WHERE state IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    @Query(value = """
            select m.id as id, m.recipient as recipient, m.subject as subject, m.state as state,
                   m.captured as captured, m.attempts as attempts, m.createdAt as createdAt, m.sentAt as sentAt
            from OutboxMail m order by m.createdAt desc, m.id desc""",
            countQuery = "select count(m) from OutboxMail m")
    Page<MailRowView> rows(Pageable page);

    /** The admin list's columns only, without the bodies and the MIME. */
    interface MailRowView {
        Long getId();
        String getRecipient();
        String getSubject();
        MailState getState();
        boolean isCaptured();
        int getAttempts();
        java.time.Instant getCreatedAt();
        java.time.Instant getSentAt();
    }

    long countByState(MailState state);

    /** Rows of id and state of the given mails. */
    @Query("select m.id, m.state from OutboxMail m where m.id in :ids")
    List<Object[]> statesOf(@Param("ids") java.util.Collection<Long> ids);
    /** A person's mails, the list's columns only, oldest first. */
    @Query("""
            select m.id as id, m.recipient as recipient, m.subject as subject, m.state as state,
                   m.captured as captured, m.attempts as attempts, m.createdAt as createdAt, m.sentAt as sentAt
            from OutboxMail m where m.personId = :person order by m.createdAt, m.id""")
    List<MailRowView> rowsOf(@Param("person") long personId);

    /** A person's mails but those a sender holds; their attachments go with them (ON DELETE CASCADE). */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "DELETE FROM outbox_mail WHERE person_id = :person AND state <> 'SENDING'", nativeQuery = true)
    int deleteNotSendingOf(@Param("person") long personId);

}
