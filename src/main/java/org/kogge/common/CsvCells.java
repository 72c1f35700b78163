package org.kogge.common;

/**
 * CSV cells that spreadsheets would run as formulas are neutralized with a leading apostrophe (OWASP "CSV
 * injection"): a cell, and every further line of a cell with several, that starts with {@code = + - @}, a tab or a
 * carriage return. Every export of people's text goes through here, so a name or comment pasted with a line break
 * cannot smuggle a formula onto a line of its own either.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 1);
        boolean lineStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (lineStart && startsFormula(c)) {
                out.append('\'');
            }
            out.append(c);
            lineStart = c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'));
        }
        return out.toString();
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
