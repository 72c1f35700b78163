package org.kogge.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxAttachmentRepository extends JpaRepository<OutboxAttachment, Long> {

    List<OutboxAttachment> findByMailIdOrderById(Long mailId);

    /** File names of a mail's attachments, without loading their content. */
    @Query("select a.id as id, a.fileName as fileName, a.contentType as contentType from OutboxAttachment a "
            + "where a.mailId = ?1 order by a.id")
    List<AttachmentName> namesOf(Long mailId);

    interface AttachmentName {
        Long getId();
        String getFileName();
        String getContentType();
    }
}
