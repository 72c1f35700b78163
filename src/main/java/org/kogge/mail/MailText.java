package org.kogge.mail;

import org.kogge.common.Texts;
import org.springframework.web.util.HtmlUtils;

/** Escaping for the two places user text goes in a mail: a header line, and the HTML body. */
final class MailText {

    private MailText() {
    }

    /** One line for a header (subject, a name, a file name): CR, LF and other control characters become spaces. */
    static String header(String text) {
        if (text == null) {
            return null;
        }
        return Texts.oneLine(text.replaceAll("\\p{Cntrl}", " "));
    }

    /** Text for the HTML body: markup characters and quotes escaped, so that a name never becomes HTML. */
    static String html(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
