package org.kogge.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it, the same on every database: a search word is found in a text when the word's fold is
 * part of the text's fold. The rule:
 * <ol>
 * <li>Unicode NFC first, so that "ü" written as "u" and a combining diaeresis (U+0308, as pasted from a Mac) is "ü";</li>
 * <li>lower case (locale-independent);</li>
 * <li>ß, æ, œ spelt out (ss, ae, oe), ø, ł, đ and the dotless ı as their plain letter;</li>
 * <li>accents and other diacritics of Latin letters dropped (ü as u, é as e, å as a);</li>
 * <li>the German spelt-out umlauts ae, oe, ue read as a, o, u.</li>
 * </ol>
 * So "Müller", "Mueller", "Muller" and "MÜLLER" are one word, as are "Straßenbäume", "STRASSENBAEUME" and
 * "Strassenbaume", and "Café" and "cafe". The price is a few more hits ("Michal" finds "Michael"), never fewer.
 * Nothing else is folded: other scripts compare as they are (in NFC), emoji and punctuation included.
 */
public final class SearchFold {

    private static final Pattern LATIN_DIACRITICS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");

    private SearchFold() {
    }

    /** The fold of a text ({@code null} stays {@code null}). */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i");
        s = LATIN_DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u");
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
