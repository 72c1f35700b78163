package org.kogge.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands a finished MIME message to the SMTP server of {@link MailSettings}. The message keeps the Message-ID it was
 * built with (Spring's sender restores it after {@code saveChanges}), so a mail sent again is the same message.
 */
@Component
class MailTransport {

    private static final int TIMEOUT_MILLIS = 20_000;
    /** Prefix of Angus Mail's SMTP settings. */
    private static final String SMTP = "mail.smtp.";

    private final JavaMailSenderImpl sender;

    MailTransport(MailSettings settings) {
        this.sender = settings.captures() ? null : smtp(settings);
    }

    /** Whether mails go to a server; otherwise they are captured. */
    boolean connected() {
        return sender != null;
    }

    void send(byte[] mime) throws MessagingException {
        if (sender == null) {
            throw new IllegalStateException("no mail server configured");
        }
        MimeMessage message = new MimeMessage(sender.getSession(), new ByteArrayInputStream(mime));
        sender.send(message);
    }

    private static JavaMailSenderImpl smtp(MailSettings settings) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost(settings.host());
        smtp.setPort(settings.port());
        smtp.setUsername(settings.user());
        smtp.setPassword(settings.password());
        smtp.setDefaultEncoding("UTF-8");
        Properties p = new Properties();
        p.put(SMTP + "auth", String.valueOf(settings.user() != null));
        p.put(SMTP + "starttls.enable", String.valueOf(settings.starttls()));
        p.put(SMTP + "starttls.required", String.valueOf(settings.starttls()));
        p.put(SMTP + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        p.put(SMTP + "timeout", String.valueOf(TIMEOUT_MILLIS));
        p.put(SMTP + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
        smtp.setJavaMailProperties(p);
        return smtp;
    }

    /** One session for all messages built here: a new one reads the mail providers from the class path again. */
    private static final Session OFFLINE = Session.getInstance(new Properties());

    /** A session without a server, for building and reading messages. */
    static Session offlineSession() {
        return OFFLINE;
    }
}
