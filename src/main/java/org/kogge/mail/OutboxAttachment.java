package org.kogge.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.kogge.common.GeneratedId;

/** A file attached to an outbox mail, kept beside the MIME so that admins can download it. */
@Entity
@Table(name = "outbox_attachment")
class OutboxAttachment extends GeneratedId {

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

    Long getMailId() { return mailId; }

    MailAttachment toAttachment() {
        return new MailAttachment(fileName, contentType, content);
    }
}
