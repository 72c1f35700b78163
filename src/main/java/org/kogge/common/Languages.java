package org.kogge.common;

import java.util.List;
import java.util.Locale;

/**
 * The languages Kogge speaks: German, its default, and English. What is answered outside the UI (calendar files)
 * picks one of them from the client's Accept-Language, falling back to the default, never to the server's locale.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.GERMAN;
    public static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

    private Languages() {
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
