package org.kogge.mail;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kogge.common.BaseUrl;
import org.kogge.common.Markdown;
import org.springframework.stereotype.Component;

/**
 * Writes mails from the message bundles, in the recipient's language, as plain text and HTML from the same blocks.
 * Bundle texts are Kogge's own; every value put into them (names, titles) is escaped for the HTML part, and links
 * must lead to the app's public address ({@link BaseUrl#external()}), so that no mail points anywhere else.
 */
@Component
public class MailComposer {

    /** The legal notice (Impressum, {@code network.ui.ImprintView}) and the privacy notice, linked in every mail. */
    static final String IMPRINT_PATH = "/imprint";
    static final String PRIVACY_PATH = "/privacy";

    private final I18NProvider i18n;
    private final BaseUrl baseUrl;

    MailComposer(I18NProvider i18n, BaseUrl baseUrl) {
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a mail of {@code kind} to {@code to}, in their language: the one door for a mail written now (a mail
     * written later starts from its {@link #intent}).
     */
    public Draft to(String kind, MailTo to) {
        return new Draft(kind, to.personId(), to.address(), to.name(), to.language());
    }

    /**
     * A mail to be rendered later by a {@link MailRenderer}, with its subject written now from {@code subjectKey}
     * in the recipient's language.
     */
    public MailIntent intent(String kind, MailTo to, String values, String subjectKey, Object... subjectParams) {
        return new MailIntent(kind, to.personId(), to.address(), to.language(),
                text(to.language(), subjectKey, subjectParams), values);
    }

    /** Starts the mail of {@code intent} for its renderer: to its recipient (greeted as {@code name}), its kind. */
    public Draft to(MailIntent intent, String name) {
        return new Draft(intent.kind(), intent.personId(), intent.recipient(), name, intent.language());
    }

    /** One text of the message bundles in {@code language}, e.g. a subject written with a mail's intent. */
    public String text(Locale language, String key, Object... params) {
        return i18n.getTranslation(key, language, params);
    }

    /** The public address under which every link in a mail must lie, with no trailing slash. */
    public String linkBase() {
        return baseUrl.external();
    }

    /** A mail being written: a subject, then paragraphs and links in order. */
    public final class Draft {

        private final String kind;
        private final Long personId;
        private final String recipient;
        private final String recipientName;
        private final Locale language;
        private final List<Block> blocks = new ArrayList<>();
        private final List<MailAttachment> attachments = new ArrayList<>();
        private String subject;
        private String unsubscribeUrl;
        private String unsubscribeLabel;

        private Draft(String kind, Long personId, String recipient, String recipientName, Locale language) {
            this.kind = kind;
            this.personId = personId;
            this.recipient = recipient;
            this.recipientName = recipientName;
            this.language = language;
        }

        public Draft subject(String key, Object... params) {
            this.subject = MailText.header(text(key, params));
            return this;
        }

        public Draft paragraph(String key, Object... params) {
            blocks.add(new Block(text(key, params), null, null));
            return this;
        }

        /**
         * A person's Markdown (e.g. an organizer's message): as plain text in the text part, and rendered to HTML
         * that jsoup's {@code Safelist.basic()} has cleaned in the HTML part, so no markup of theirs beyond
         * paragraphs, emphasis, lists, quotes and http(s) links reaches the mail.
         */
        public Draft markdown(String markdown) {
            blocks.add(new Block(Markdown.toPlainText(markdown), null, Markdown.toMailHtml(markdown)));
            return this;
        }

        /** A link with its label; {@code path} is relative to the public address (starting with a slash). */
        public Draft link(String labelKey, String path) {
            blocks.add(new Block(text(labelKey), url(path), null));
            return this;
        }

        /**
         * Makes this an optional mail: a link at its end (with its label) and the {@code List-Unsubscribe} headers
         * of RFC 8058 lead to {@code path}, which switches such mails off with one click (a POST, no login).
         */
        public Draft unsubscribe(String labelKey, String path) {
            unsubscribeUrl = url(path);
            unsubscribeLabel = text(labelKey);
            return this;
        }

        private String url(String path) {
            if (path == null || !path.startsWith("/") || path.startsWith("//") || !path.equals(MailText.header(path))
                    || path.contains(" ") || path.contains(">")) {
                throw new IllegalArgumentException("a mail link is a path under the public address: " + path);
            }
            return linkBase() + path;
        }

        public Draft attach(MailAttachment attachment) {
            attachments.add(attachment);
            return this;
        }

        public Mail build() {
            if (subject == null) {
                throw new IllegalStateException("a mail needs a subject");
            }
            String greeting = recipientName == null || recipientName.isBlank()
                    ? text("mail.greeting.anonymous") : text("mail.greeting", MailText.header(recipientName));
            String signature = text("mail.signature");
            StringBuilder plain = new StringBuilder(greeting).append("\n\n");
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.getLanguage())
                    .append("\"><head><meta charset=\"utf-8\"><title>").append(MailText.html(subject))
                    .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">")
                    .append("<p>").append(MailText.html(greeting)).append("</p>");
            for (Block b : blocks) {
                if (b.html() != null) {
                    plain.append(b.text()).append("\n\n");
                    html.append(b.html());
                } else if (b.url() == null) {
                    plain.append(b.text()).append("\n\n");
                    html.append("<p>").append(MailText.html(b.text())).append("</p>");
                } else {
                    plain.append(b.text()).append(":\n").append(b.url()).append("\n\n");
                    html.append("<p><a href=\"").append(MailText.html(b.url())).append("\">")
                            .append(MailText.html(b.text())).append("</a></p>");
                }
            }
            if (unsubscribeUrl != null) {
                plain.append(unsubscribeLabel).append(":\n").append(unsubscribeUrl).append("\n\n");
                html.append("<p style=\"color:#555;font-size:smaller\"><a href=\"").append(MailText.html(unsubscribeUrl))
                        .append("\">").append(MailText.html(unsubscribeLabel)).append("</a></p>");
            }
            plain.append("-- \n").append(signature).append('\n');
            html.append("<p style=\"color:#555\">").append(MailText.html(signature)).append("</p>");
            legalFooter(plain, html);
            html.append("</body></html>");
            return new Mail(kind, personId, recipient, recipientName, language, subject, plain.toString(),
                    html.toString(), attachments, unsubscribeUrl);
        }

        /**
         * Who sends this mail and what happens to the recipient's data (§ 5 DDG, Art. 13 GDPR): the legal notice and
         * the privacy notice, linked under the signature of every mail.
         */
        private void legalFooter(StringBuilder plain, StringBuilder html) {
            String imprint = text("mail.footer.imprint");
            String privacy = text("mail.footer.privacy");
            String imprintUrl = url(IMPRINT_PATH);
            String privacyUrl = url(PRIVACY_PATH);
            plain.append(imprint).append(": ").append(imprintUrl).append('\n')
                    .append(privacy).append(": ").append(privacyUrl).append('\n');
            html.append("<p style=\"color:#555;font-size:smaller\"><a href=\"").append(MailText.html(imprintUrl))
                    .append("\">").append(MailText.html(imprint)).append("</a> · <a href=\"")
                    .append(MailText.html(privacyUrl)).append("\">").append(MailText.html(privacy)).append("</a></p>");
        }

        private String text(String key, Object... params) {
            return MailComposer.this.text(language, key, params);
        }
    }

    private record Block(String text, String url, String html) {
    }
}
