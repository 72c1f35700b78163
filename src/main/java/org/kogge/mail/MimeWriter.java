package org.kogge.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import jakarta.activation.FileTypeMap;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the complete MIME message of a {@link Mail} once, when it is queued: headers from validated addresses and
 * one-line texts (a name or subject with CR/LF cannot add a header), text and HTML as alternatives, attachments,
 * and a Message-ID of its own that every later attempt keeps.
 */
final class MimeWriter {

    private MimeWriter() {
    }

    /** A new Message-ID under the sender's domain, without the angle brackets. */
    static String newMessageId(String from) {
        String domain = from.substring(from.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return UUID.randomUUID() + "@" + domain;
    }

    /** The mail as RFC 5322 bytes. */
    static byte[] write(Mail mail, String from, String fromName, String messageId, Instant date) {
        try {
            MimeMessage message = new StableIdMessage(messageId);
            MimeMessageHelper helper = new SharedTypesHelper(message);
            helper.setFrom(new InternetAddress(from, MailText.header(fromName), StandardCharsets.UTF_8.name()));
            helper.setTo(address(mail.recipient(), mail.recipientName()));
            helper.setSubject(MailText.header(mail.subject()));
            helper.setSentDate(Date.from(date));
            helper.setText(mail.text(), mail.html());
            message.setHeader("Content-Language", mail.language().getLanguage());
            message.setHeader("Auto-Submitted", "auto-generated");
            if (mail.unsubscribeUrl() != null) {
                // RFC 8058: mail programs offer "unsubscribe" and POST this body to the address, without a login.
                message.setHeader("List-Unsubscribe", "<" + MailText.header(mail.unsubscribeUrl()) + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            for (MailAttachment a : mail.attachments()) {
                helper.addAttachment(MailText.header(a.fileName()), new ByteArrayDataSource(a.content(), a.contentType()));
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("mail cannot be built: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A strictly parsed address; the name is folded to one line and encoded (RFC 2047), never pasted into the
     * header as it is.
     */
    static InternetAddress address(String email, String name) throws AddressException, UnsupportedEncodingException {
        InternetAddress plain = new InternetAddress(email, true);
        String personal = MailText.header(name);
        return personal == null ? plain
                : new InternetAddress(plain.getAddress(), personal, StandardCharsets.UTF_8.name());
    }

    /** Whether {@code email} is an address a mail can go to. */
    static boolean valid(String email) {
        try {
            new InternetAddress(email, true).validate();
            return email.equals(email.strip()) && email.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }

    /**
     * Spring's helper with one map of file types for all messages: the default reads {@code mime.types} from the
     * class path for every message, which took most of the time of building one.
     */
    private static final class SharedTypesHelper extends MimeMessageHelper {

        private static final FileTypeMap TYPES = defaultTypes();

        SharedTypesHelper(MimeMessage message) throws MessagingException {
            super(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return TYPES;
        }

        private static FileTypeMap defaultTypes() {
            ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
            types.afterPropertiesSet();
            return types;
        }
    }

    /** Keeps the given Message-ID where Jakarta Mail would make up a new one on every {@code saveChanges}. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(String messageId) {
            super(MailTransport.offlineSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }
}
