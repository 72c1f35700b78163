package org.kogge.registration;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.kogge.common.CsvCells;
import org.kogge.common.ExcelCsv;
import org.kogge.common.Formats;

/**
 * The participant list as CSV for Excel: UTF-8 with BOM, semicolon-separated, cells that a spreadsheet would take
 * for a formula neutralized; times in the event's zone.
 */
final class ParticipantCsv {

    private ParticipantCsv() {
    }

    static byte[] write(List<Participant> participants, ZoneId zone, Locale locale, Function<String, String> translate) {
        return ExcelCsv.write(csv -> {
            csv.printRecord(translate.apply("registration.csv.name"), translate.apply("registration.csv.email"),
                    translate.apply("registration.csv.organisation"), translate.apply("registration.csv.city"),
                    translate.apply("registration.csv.status"), translate.apply("registration.csv.position"),
                    translate.apply("registration.csv.joined"));
            for (Participant p : participants) {
                csv.printRecord(CsvCells.safe(p.displayName()), CsvCells.safe(p.email()),
                        CsvCells.safe(p.organisation()), CsvCells.safe(p.city()),
                        translate.apply(p.status().messageKey()),
                        p.waitlistPosition() == 0 ? "" : String.valueOf(p.waitlistPosition()),
                        Formats.dateTime(p.joinedAt(), zone, locale));
            }
        });
    }
}
