package org.kogge.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers used by several features. */
public final class Texts {

    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private Texts() {
    }

    /** Trims and turns whitespace-only input into {@code null}. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = CONTROL.matcher(s).replaceAll("").strip();
        return t.isEmpty() ? null : t;
    }

    /** Single-line text: trimmed, inner whitespace and line breaks folded to one space. */
    public static String oneLine(String s) {
        String t = clean(s);
        return t == null ? null : t.replaceAll("\\s+", " ");
    }

    public static String normalizeEmail(String email) {
        String t = clean(email);
        return t == null ? null : t.toLowerCase(Locale.ROOT);
    }

    /** A URL-safe slug: "Barcamp Smart Water 2026" becomes "barcamp-smart-water-2026"; umlauts are transliterated. */
    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NON_SLUG.matcher(s).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s;
    }

    /** Shortens to at most {@code max} characters at a word boundary, adding an ellipsis. */
    public static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }

    /** The parts that are there (neither null nor blank), joined by {@code separator}; "" if none is. */
    public static String joinPresent(String separator, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(separator);
                }
                b.append(p);
            }
        }
        return b.toString();
    }
}
