package org.kogge.ceremony;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kogge.common.Texts;

/**
 * Reads a pasted guest list: lines of {@code Name <email>}, or CSV with the columns name, email, organisation,
 * role (separated by {@code ;} or {@code ,}, quotes allowed). A first line that names the columns is taken as a
 * header and may order them differently. Blank lines are skipped. Reading never fails: what a line lacks is left
 * empty, for the service to report.
 */
final class InvitationParser {

    /** One non-blank line of the paste, 1-based {@code number} as the organizer sees it. */
    record Line(int number, String raw, String name, String email, String organisation, String role) {
    }

    private static final Pattern ANGLE = Pattern.compile("^\\s*\"?([^<>\"]*?)\"?\\s*<\\s*([^<>\\s]*)\\s*>\\s*[,;]?\\s*$");
    private static final int NAME = 0;
    private static final int EMAIL = 1;
    private static final int ORGANISATION = 2;
    private static final int ROLE = 3;

    private InvitationParser() {
    }

    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int[] columns = {NAME, EMAIL, ORGANISATION, ROLE};
        boolean first = true;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].replace("\uFEFF", "");
            if (line.isBlank()) {
                continue;
            }
            Matcher angle = ANGLE.matcher(line);
            if (angle.matches()) {
                first = false;
                lines.add(new Line(i + 1, line.strip(), Texts.oneLine(angle.group(1)), Texts.clean(angle.group(2)),
                        null, null));
                continue;
            }
            List<String> cells = cells(line);
            if (first && isHeader(cells)) {
                columns = headerColumns(cells);
                first = false;
                continue;
            }
            first = false;
            lines.add(new Line(i + 1, line.strip(), cell(cells, columns, NAME), cell(cells, columns, EMAIL),
                    cell(cells, columns, ORGANISATION), cell(cells, columns, ROLE)));
        }
        return lines;
    }

    private static List<String> cells(String line) {
        char delimiter = line.indexOf(';') >= 0 ? ';' : line.indexOf(',') >= 0 ? ',' : '\t';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return List.of();
            }
            return records.get(0).toList();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException broken) {
            // An unbalanced quote: fall back to a plain split, the checks will say what is wrong.
            return List.of(line.split(String.valueOf(delimiter), -1));
        }
    }

    private static boolean isHeader(List<String> cells) {
        boolean namesEmail = false;
        for (String c : cells) {
            if (c.contains("@")) {
                return false;
            }
            if (columnOf(c) == EMAIL) {
                namesEmail = true;
            }
        }
        return namesEmail;
    }

    /** For each of name, email, organisation, role: the cell index the header gives it (-1: none). */
    private static int[] headerColumns(List<String> cells) {
        int[] columns = {-1, -1, -1, -1};
        for (int i = 0; i < cells.size(); i++) {
            int c = columnOf(cells.get(i));
            if (c >= 0 && columns[c] < 0) {
                columns[c] = i;
            }
        }
        return columns;
    }

    private static int columnOf(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return switch (h) {
            case "name", "namen", "gast", "guest", "vollername", "fullname" -> NAME;
            case "email", "mail", "emailadresse", "emailaddress", "adresse" -> EMAIL;
            case "organisation", "organization", "org", "institution", "stadt", "city", "firma", "company" -> ORGANISATION;
            case "role", "rolle", "funktion", "art", "type", "typ" -> ROLE;
            default -> -1;
        };
    }

    private static String cell(List<String> cells, int[] columns, int which) {
        int index = columns[which];
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        return Texts.oneLine(cells.get(index));
    }
}
