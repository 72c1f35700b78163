package org.kogge.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and times as people read them: in the event's zone, formatted for the chosen language. The one place that
 * formats them for people. English is written the British way, as in the European zones the events are in: 24-hour
 * times ("10:00 – 10:45") that fit the programme's grid, and dates such as "4 Dec 2026, 15:34".
 */
public final class Formats {

    private Formats() {
    }

    /** "04.12.2026, 15:34" / "4 Dec 2026, 15:34". */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : dateTime(instant.atZone(zone).toLocalDateTime(), locale);
    }

    public static String dateTime(LocalDateTime time, Locale locale) {
        return time == null ? "" : format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT),
                time, locale);
    }

    /** "04.12.2026" / "4 Dec 2026". */
    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate(), locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), date, locale);
    }

    /** "7. Dezember 2026" / "7 December 2026": a date in running text. */
    public static String longDate(LocalDate date, Locale locale) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), date, locale);
    }

    /** "Freitag, 12. März 2027" / "Friday, 12 March 2027": a day as a heading. */
    public static String day(LocalDate date, Locale locale) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL), date, locale);
    }

    /** "Fr." / "Fri": the weekday, short. */
    public static String weekday(Instant instant, ZoneId zone, Locale locale) {
        return format(DateTimeFormatter.ofPattern("EEE"), instant.atZone(zone), locale);
    }

    /** "15:34" in both languages. */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), instant.atZone(zone),
                locale);
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
        DateTimeFormatter dateFmt = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
        String first = format(dateFmt, s, locale) + ", " + time(start, zone, locale);
        if (e == null) {
            return first;
        }
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return first + " – " + time(end, zone, locale);
        }
        return first + " – " + format(dateFmt, e, locale) + ", " + time(end, zone, locale);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value, Locale locale) {
        return formatter.withLocale(forDates(locale)).format(value);
    }

    /** English dates and times the British way (24-hour clock, day before month); German as it is. */
    public static Locale forDates(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }
}
