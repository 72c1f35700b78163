package org.kogge.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for tests of what Kogge mails, and the received mails parsed into their parts. It
 * listens on {@link TestSmtp#PORT}: a test class imports {@link TestSmtp.Config} (so that all such classes share one
 * Spring context), starts the server before each test and stops it after; the app's links in mails then lie under
 * {@link #BASE_URL}.
 */
public final class MailCatcher {

    public static final int PORT = TestSmtp.PORT;
    public static final String BASE_URL = TestSmtp.BASE_URL;

    private GreenMail smtp;

    public void start() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    public void stop() {
        smtp.stop();
    }

    /** Every mail the server received, in order. */
    public List<Received> received() {
        List<Received> result = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            result.add(Received.of(m));
        }
        return result;
    }

    /** A received mail: its headers of interest, the text and HTML parts and the attachments by file name. */
    public record Received(String to, String subject, String language, String text, String html,
                           Map<String, byte[]> attachments) {

        static Received of(MimeMessage m) {
            try {
                Parts parts = new Parts();
                parts.collect(m);
                String[] language = m.getHeader("Content-Language");
                return new Received(((InternetAddress) m.getAllRecipients()[0]).getAddress(), m.getSubject(),
                        language == null ? null : language[0], parts.text, parts.html, parts.attachments);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot read a received mail", e);
            }
        }
    }

    private static final class Parts {
        String text;
        String html;
        final Map<String, byte[]> attachments = new LinkedHashMap<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.getFileName() != null) {
                attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multi = (Multipart) part.getContent();
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart child = multi.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
    }
}
