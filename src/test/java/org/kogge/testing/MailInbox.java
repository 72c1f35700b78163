package org.kogge.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kogge.mail.OutboxSender;

/**
 * A real SMTP server (GreenMail) for tests of the mails features write, and what they read from the mails it received: the
 * plain text, the attachments. Mails leave the outbox only when a test calls {@link #deliver}. It listens on
 * {@link TestSmtp#PORT}: a test class using it imports {@link TestSmtp.Config}.
 */
public final class MailInbox {

    private final int port = TestSmtp.PORT;
    private GreenMail smtp;

    public void start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    public void stop() {
        smtp.stop();
    }

    /** Sends every due mail of the outbox, however many rounds that takes. */
    public void deliver(OutboxSender sender) {
        while (sender.sendDue() > 0) {
            // next round
        }
    }

    public List<MimeMessage> to(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientOf(m).equalsIgnoreCase(email)).toList();
    }

    public List<MimeMessage> all() {
        return List.of(smtp.getReceivedMessages());
    }

    public static String recipientOf(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The first {@code text/plain} part. */
    public static String text(MimeMessage m) {
        return parts(m).stream().filter(p -> isType(p, "text/plain") && !isAttachment(p)).findFirst()
                .map(p -> new String(bytes(p), java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no text part"));
    }

    /** The first {@code text/html} part. */
    public static String html(MimeMessage m) {
        return parts(m).stream().filter(p -> isType(p, "text/html") && !isAttachment(p)).findFirst()
                .map(p -> new String(bytes(p), java.nio.charset.StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no HTML part"));
    }

    /** The attachment of this content type, if any. */
    public static Optional<byte[]> attachment(MimeMessage m, String contentType) {
        return parts(m).stream().filter(p -> isAttachment(p) && isType(p, contentType)).findFirst()
                .map(MailInbox::bytes);
    }

    public static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Part> parts(Part p) {
        List<Part> all = new ArrayList<>();
        try {
            if (p.getContent() instanceof Multipart multi) {
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart child = multi.getBodyPart(i);
                    all.add(child);
                    all.addAll(parts(child));
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return all;
    }

    private static boolean isType(Part p, String type) {
        try {
            return p.isMimeType(type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isAttachment(Part p) {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(Part p) {
        try (InputStream in = p.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
