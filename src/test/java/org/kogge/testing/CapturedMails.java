package org.kogge.testing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kogge.mail.MailAdminService;
import org.kogge.mail.MailDetail;
import org.kogge.mail.MailRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Reads mails where an admin reads them without a mail server (the outbox's capture, {@code /admin/mail}), for UI
 * and browser tests that follow a link from a mail.
 */
@Component
public class CapturedMails {

    private final MailAdminService mails;
    private final Fixtures fixtures;

    public CapturedMails(MailAdminService mails, Fixtures fixtures) {
        this.mails = mails;
        this.fixtures = fixtures;
    }

    /** The newest mail to {@code recipient}, as the admins see it. */
    public Optional<MailDetail> newestTo(String recipient) {
        return fixtures.as(Fixtures.ADMIN, () -> mails.mails(PageRequest.of(0, 100)).stream()
                .filter(row -> row.recipient().equals(recipient)).findFirst().map(MailRow::id).map(mails::mail));
    }

    /** How many mails went to {@code recipient}. */
    public long countTo(String recipient) {
        return fixtures.as(Fixtures.ADMIN, () -> mails.mails(PageRequest.of(0, 1000)).stream()
                .filter(row -> row.recipient().equals(recipient)).count());
    }

    /** The path (from the slash after the host) of the link to {@code pathPrefix} in the newest mail to {@code recipient}. */
    public String newestLinkTo(String recipient, String pathPrefix) {
        String text = newestTo(recipient).orElseThrow(() -> new AssertionError("no mail to " + recipient)).text();
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_\\-/]*)").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link to " + pathPrefix + " in:\n" + text);
        }
        return m.group(1);
    }
}
