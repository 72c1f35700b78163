package org.kogge.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people read them: in the event's zone, formatted for the chosen language. */
public final class Formats {

    private Formats() {
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone));
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /**
     * A span such as "12. März 2027, 09:00 – 17:00" on one day, or "12. März 2027, 09:00 – 13. März 2027, 16:00"
     * across days.
     */
    public static String range(Instant start, Instant end, ZoneId zone, Locale locale) {
        if (start == null) {
            return "";
        }
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end == null ? null : end.atZone(zone);
        DateTimeFormatter dateFmt = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter timeFmt = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        String first = dateFmt.format(s) + ", " + timeFmt.format(s);
        if (e == null) {
            return first;
        }
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return first + " – " + timeFmt.format(e);
        }
        return first + " – " + dateFmt.format(e) + ", " + timeFmt.format(e);
    }
}
