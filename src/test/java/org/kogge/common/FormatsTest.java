package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");
    private static final Instant END = Instant.parse("2026-12-04T09:45:00Z");

    @Test
    void timesUseTheTwentyFourHourClockInBothLanguages() {
        assertThat(Formats.time(START, BERLIN, Locale.GERMAN)).isEqualTo("10:00");
        assertThat(Formats.time(START, BERLIN, Locale.ENGLISH)).isEqualTo("10:00");
        assertThat(Formats.time(Instant.parse("2026-12-04T14:34:00Z"), BERLIN, Locale.ENGLISH)).isEqualTo("15:34");
    }

    @Test
    void englishDatesReadNaturally() {
        Instant moment = Instant.parse("2026-12-04T14:34:00Z");

        assertThat(Formats.dateTime(moment, BERLIN, Locale.ENGLISH)).isEqualTo("4 Dec 2026, 15:34");
        assertThat(Formats.dateTime(moment, BERLIN, Locale.GERMAN)).isEqualTo("04.12.2026, 15:34");
        assertThat(Formats.date(LocalDate.of(2026, 12, 4), Locale.ENGLISH)).isEqualTo("4 Dec 2026");
        assertThat(Formats.range(START, END, BERLIN, Locale.ENGLISH)).isEqualTo("4 December 2026, 10:00 – 10:45");
        assertThat(Formats.range(START, END, BERLIN, Locale.GERMAN)).isEqualTo("4. Dezember 2026, 10:00 – 10:45");
        assertThat(Formats.day(LocalDate.of(2026, 12, 4), Locale.ENGLISH)).contains("Friday").contains("4 December 2026");
        assertThat(Formats.weekday(START, BERLIN, Locale.ENGLISH)).isEqualTo("Fri");
    }
}
