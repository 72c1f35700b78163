package org.kogge.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings, bound from {@code kogge.mail.*} ({@code KOGGE_MAIL_*}, see application.properties).
 *
 * @param host the SMTP server; blank: mails are captured (kept for the admins' mail page), not sent
 * @param interval how often the sender looks for due mails; zero switches the background sender off (tests)
 * @param ratePerMinute at most this many mails per minute towards the server, per app instance
 */
@ConfigurationProperties(prefix = "kogge.mail")
public record MailSettings(String host, int port, String user, String password, boolean starttls, String from,
                           Duration interval, int ratePerMinute) {

    static final String DEFAULT_FROM = "kogge@localhost";

    public MailSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        port = port > 0 ? port : 25;
        user = user == null || user.isBlank() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
        from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
        interval = interval == null || interval.isNegative() ? Duration.ZERO : interval;
        ratePerMinute = ratePerMinute > 0 ? ratePerMinute : 60;
    }

    /** Without a server, mails are delivered into the capture. */
    public boolean captures() {
        return host == null;
    }
}
