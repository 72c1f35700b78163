package org.kogge.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file attached to an outbox mail, kept beside the MIME so that admins can download it. */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long mailId;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String contentType;

    @Lob
    @Column(nullable = false, length = OutboxMail.LONGBLOB)
    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(long mailId, MailAttachment attachment) {
        this.mailId = mailId;
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    Long getId() { return id; }
    Long getMailId() { return mailId; }

    MailAttachment toAttachment() {
        return new MailAttachment(fileName, contentType, content);
    }
}
