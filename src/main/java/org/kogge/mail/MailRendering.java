package org.kogge.mail;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a mail queued as a {@link MailIntent} into the message that goes out, when a sender has claimed it: the
 * feature's {@link MailRenderer} writes text, HTML and attachments, and the MIME message is built with the
 * Message-ID the mail got when it was queued. It happens once; every later attempt sends the stored bytes.
 */
@Component
class MailRendering {

    private final ObjectProvider<MailRenderer> renderers;
    private final OutboxAttachmentRepository attachments;
    private final MailSettings settings;

    MailRendering(ObjectProvider<MailRenderer> renderers, OutboxAttachmentRepository attachments,
                  MailSettings settings) {
        this.renderers = renderers;
        this.attachments = attachments;
        this.settings = settings;
    }

    /**
     * Renders the claimed {@code mail} in the caller's transaction; false when its renderer finds nothing to tell
     * any more.
     *
     * @throws IllegalStateException when no renderer knows the mail's kind or one writes to someone else
     */
    boolean render(OutboxMail mail) {
        MailIntent intent = mail.toIntent();
        MailRenderer renderer = renderers.orderedStream().filter(r -> r.renders(intent.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no renderer for mails of kind " + intent.kind()));
        Optional<Mail> rendered = renderer.render(intent);
        if (rendered.isEmpty()) {
            return false;
        }
        Mail out = rendered.get().withSubject(intent.subject());
        if (!out.recipient().equals(intent.recipient())) {
            throw new IllegalStateException("a " + intent.kind() + " mail was rendered for another recipient");
        }
        byte[] mime = MimeWriter.write(out, settings.from(), MailOutbox.SENDER_NAME, mail.getMessageId(),
                mail.getCreatedAt());
        out.attachments().forEach(a -> attachments.save(new OutboxAttachment(mail.getId(), a)));
        mail.rendered(out, mime);
        return true;
    }
}
