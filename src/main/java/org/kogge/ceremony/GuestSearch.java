package org.kogge.ceremony;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The door's name search: a query matches a name when every word of the query is the beginning of some word of
 * the name (first or last name, in any order), after folding case, accents and umlauts ("Müller", "Mueller" and
 * "muller" are the same), allowing one typo (a wrong, missing, extra or swapped letter) in words of three letters
 * or more. Exact matches rank before ones with a typo.
 */
final class GuestSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** No match. */
    static final int NONE = 0;
    /** Every query word starts a name word, one or more with one typo. */
    static final int FUZZY = 1;
    /** Every query word starts a name word exactly. */
    static final int EXACT = 2;

    private GuestSearch() {
    }

    /** Lower case, without accents; ß → ss, ä/ae → a, ö/oe → o, ü/ue → u (both spellings meet). */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.GERMAN).replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return s.replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : SPLIT.split(fold(text))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** How well {@code query} matches {@code name}: {@link #NONE}, {@link #FUZZY} or {@link #EXACT}. */
    static int match(String query, String name) {
        List<String> q = words(query);
        if (q.isEmpty()) {
            return NONE;
        }
        List<String> n = words(name);
        int result = EXACT;
        for (String word : q) {
            int best = NONE;
            for (String candidate : n) {
                best = Math.max(best, wordMatch(word, candidate));
                if (best == EXACT) {
                    break;
                }
            }
            if (best == NONE) {
                return NONE;
            }
            result = Math.min(result, best);
        }
        return result;
    }

    private static int wordMatch(String q, String word) {
        if (word.startsWith(q)) {
            return EXACT;
        }
        if (q.length() < 3) {
            return NONE;
        }
        // One edit between the query and a beginning of the word that is one shorter, as long, or one longer.
        for (int len = q.length() - 1; len <= q.length() + 1; len++) {
            if (len >= 1 && len <= word.length() && distanceAtMostOne(q, word.substring(0, len))) {
                return FUZZY;
            }
        }
        return NONE;
    }

    /** Optimal string alignment distance ≤ 1 (substitution, insertion, deletion or swap of neighbours). */
    static boolean distanceAtMostOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int[][] d = new int[la + 1][lb + 1];
        for (int i = 0; i <= la; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= lb; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= la; i++) {
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[la][lb] <= 1;
    }
}
