package org.kogge.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kogge.mail.OutboxSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Base of service tests that read what Kogge mails: a real SMTP server (GreenMail) per test, the app's clock
 * ({@link StoppedClock}) and helpers to deliver the outbox and read a mail's text and links. The server listens on
 * {@link TestSmtp#PORT}; all mail tests share one application context (see {@link TestSmtp}).
 */
@Import(TestSmtp.Config.class)
public abstract class MailTestBase extends ServiceTestBase {

    private static final int PORT = TestSmtp.PORT;
    /** The public address in mail links during these tests. */
    protected static final String BASE_URL = TestSmtp.BASE_URL;

    @Autowired
    protected OutboxSender sender;

    @Autowired
    protected StoppedClock clock;

    private GreenMail smtp;
    /** Message-IDs of the mails a test has been given already. */
    private final java.util.Set<String> read = new java.util.HashSet<>();

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        read.clear();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
        clock.run();
    }

    /** Delivers the outbox's due mails and returns the received ones not returned before, oldest first. */
    protected List<MimeMessage> deliver() {
        return unread(m -> true);
    }

    /** Delivers the outbox's due mails and returns those to {@code address} not returned before, oldest first. */
    protected List<MimeMessage> mailsTo(String address) {
        return unread(m -> GreenMailUtil.getAddressList(recipients(m)).contains(address));
    }

    private List<MimeMessage> unread(java.util.function.Predicate<MimeMessage> wanted) {
        sender.sendDue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(wanted).filter(m -> read.add(messageId(m))).toList();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The plain-text part of a mail. */
    protected static String textOf(MimeMessage mail) {
        try {
            String text = findText(mail);
            if (text == null) {
                throw new AssertionError("no text/plain part");
            }
            return text;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The one link in the mail's text that lies under {@code path} of the public address. */
    protected static String linkIn(MimeMessage mail, String path) {
        Matcher m = Pattern.compile(Pattern.quote(BASE_URL + path) + "[A-Za-z0-9_\\-/]*").matcher(textOf(mail));
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + textOf(mail));
        }
        return m.group();
    }

    /** The last path segment of a link (a token). */
    protected static String lastSegment(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String findText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = findText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static jakarta.mail.Address[] recipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
