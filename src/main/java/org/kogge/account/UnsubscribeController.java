package org.kogge.account;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The one-click unsubscribe of optional mails (RFC 8058), without a login. A POST switches the kind off: mail
 * programs send it themselves ({@code List-Unsubscribe=One-Click}), and the confirmation page's button sends it too.
 * A GET only asks, because link checkers and mail scanners open every link in a mail and must not unsubscribe
 * anybody. The secret token in the path is the access check; an unknown token or kind answers 404.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/mail/unsubscribe/";

    private final MailPreferenceService preferences;
    private final I18NProvider i18n;
    private final CurrentRequest request;

    UnsubscribeController(MailPreferenceService preferences, I18NProvider i18n, CurrentRequest request) {
        this.preferences = preferences;
        this.i18n = i18n;
        this.request = request;
    }

    @GetMapping(value = PATH + "{token}/{kind}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@PathVariable String token, @PathVariable String kind) {
        Optional<OptionalMail> mail = OptionalMail.ofSlug(kind);
        Optional<Locale> language = preferences.languageOf(token);
        if (mail.isEmpty() || language.isEmpty()) {
            return unknown();
        }
        Locale lang = language.get();
        String question = text(lang, "account.unsubscribe.question", text(lang, mail.get().messageKey()));
        return page(HttpStatus.OK, lang, question, "<form method=\"post\"><button type=\"submit\">"
                + HtmlUtils.htmlEscape(text(lang, "account.unsubscribe.confirm")) + "</button></form>");
    }

    @PostMapping(value = PATH + "{token}/{kind}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token, @PathVariable String kind) {
        Optional<OptionalMail> mail = OptionalMail.ofSlug(kind);
        Optional<Locale> language = preferences.languageOf(token);
        if (mail.isEmpty() || language.isEmpty() || !preferences.unsubscribe(token, mail.get())) {
            return unknown();
        }
        Locale lang = language.get();
        return page(HttpStatus.OK, lang, text(lang, "account.unsubscribe.done", text(lang, mail.get().messageKey())), "");
    }

    /** Nobody's mail: the page speaks the visitor's language (their choice, else their browser's, else German). */
    private ResponseEntity<String> unknown() {
        Locale lang = request.language();
        return page(HttpStatus.NOT_FOUND, lang, text(lang, "account.unsubscribe.unknown"), "");
    }

    private ResponseEntity<String> page(HttpStatus status, Locale lang, String message, String form) {
        String title = HtmlUtils.htmlEscape(text(lang, "account.unsubscribe.title"));
        String html = "<!DOCTYPE html><html lang=\"" + lang.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em\">"
                + "<h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(message) + "</p>" + form
                + "<p><a href=\"/account\">" + HtmlUtils.htmlEscape(text(lang, "account.unsubscribe.account"))
                + "</a></p></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").body(html);
    }

    private String text(Locale lang, String key, Object... params) {
        return i18n.getTranslation(key, lang, params);
    }
}
