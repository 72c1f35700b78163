package org.kogge.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.Texts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admins' view of the outbox: what was sent, captured or failed, "send again" and a test mail. Admins only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class MailAdminService {

    private final OutboxMailRepository mails;
    private final OutboxAttachmentRepository attachments;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final MailTransport transport;
    private final OutboxSender sender;
    private final Clock clock;

    MailAdminService(OutboxMailRepository mails, OutboxAttachmentRepository attachments, MailOutbox outbox,
                     MailComposer composer, MailTransport transport, OutboxSender sender, Clock clock) {
        this.mails = mails;
        this.attachments = attachments;
        this.outbox = outbox;
        this.composer = composer;
        this.transport = transport;
        this.sender = sender;
        this.clock = clock;
    }

    /** Whether mail is captured (no server configured) and, if it is held back, why (a message key). */
    public MailStatus status() {
        return new MailStatus(!transport.connected(), sender.heldBack().orElse(null));
    }

    /** The newest mails first. */
    public Page<MailRow> mails(Pageable page) {
        return mails.rows(page).map(MailRow::of);
    }

    public long count() {
        return mails.count();
    }

    public MailDetail mail(long id) {
        OutboxMail mail = mails.findById(id).orElseThrow(() -> new NotFoundException("mail " + id));
        List<MailDetail.File> files = attachments.namesOf(id).stream()
                .map(a -> new MailDetail.File(a.getId(), a.getFileName(), a.getContentType())).toList();
        return new MailDetail(id, mail.getRecipient(), mail.getSubject(), mail.getState(), mail.isCaptured(),
                mail.getAttempts(), mail.getCreatedAt(), mail.getSentAt(), mail.getLastError(),
                Objects.requireNonNullElse(mail.getTextBody(), ""), Objects.requireNonNullElse(mail.getHtmlBody(), ""),
                files, !mail.awaitsRendering());
    }

    public MailAttachment attachment(long attachmentId) {
        return attachments.findById(attachmentId).map(OutboxAttachment::toAttachment)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /** A failed mail gets a fresh round of attempts, as the same message (same Message-ID). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void sendAgain(long id) {
        OutboxMail mail = mails.findById(id).orElseThrow(() -> new NotFoundException("mail " + id));
        if (mail.getState() != MailState.FAILED) {
            throw new InvalidInputException(null, "mail.again.not-failed");
        }
        mail.requeue(clock.instant());
    }

    /** Queues a short test mail to {@code address} in {@code language}, to try the mail server. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long sendTestMail(String address, Locale language) {
        String to = Texts.normalizeEmail(address);
        if (to == null || !MimeWriter.valid(to)) {
            throw new InvalidInputException("address", "mail.test.address.invalid");
        }
        return outbox.enqueue(composer.to("test", new MailTo(null, to, null, language))
                .subject("mail.test.subject")
                .paragraph("mail.test.body")
                .link("mail.test.link", "/")
                .build());
    }

    /** State of the mail system for the admin page. */
    public record MailStatus(boolean captured, String heldBackKey) {

        public Optional<String> heldBack() {
            return Optional.ofNullable(heldBackKey);
        }
    }
}
