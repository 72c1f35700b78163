package org.kogge.common;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Kogge speaks: German, its default, and English, and the one rule that picks a page's language
 * ({@link #forPage}): a language the person chose wins; without a choice, the best match of the browser's
 * Accept-Language; German when the browser asks for neither. Never the server's locale. Calendar files follow
 * Accept-Language alone ({@link #fromAcceptLanguage}), since they are cached per language and fetched by calendar
 * programs; mails follow the recipient's stored language.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.GERMAN;
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);
    /** The cookie in which the language switch keeps a person's choice ("de" or "en"). */
    public static final String COOKIE = "kogge-lang";

    private Languages() {
    }

    /**
     * The language a page is shown in: the person's {@code choice} if there is one, else the supported language the
     * browser's Accept-Language prefers (its q-values respected), else the default.
     */
    public static Locale forPage(Optional<Locale> choice, String acceptLanguage) {
        return choice.map(Languages::supported).orElseGet(() -> fromAcceptLanguage(acceptLanguage));
    }

    /** The supported language an Accept-Language header prefers; the default if none, none supported, or nonsense. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found == null ? DEFAULT : found;
        } catch (IllegalArgumentException bad) {
            return DEFAULT;
        }
    }

    /**
     * A language a person chose (the switch's cookie value, a remembered tag such as "en" or "de-DE") if Kogge speaks
     * it; empty when there is none or it names another language, so that the browser's language applies instead.
     */
    public static Optional<Locale> chosen(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The language chosen with the switch, from a request's {@link #COOKIE}; empty without (or with a bad) one. */
    public static Optional<Locale> chosenIn(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return chosen(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The supported language of a stored language tag ("en", "de-DE", ...); the default if none or unsupported. */
    public static Locale ofTag(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT : supported(Locale.forLanguageTag(tag.strip()));
    }

    /** The supported language of {@code locale} (its language only, without country); the default otherwise. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(DEFAULT);
    }
}
