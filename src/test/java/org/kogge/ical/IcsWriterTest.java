package org.kogge.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.ical.IcsTesting.assertFolded;
import static org.kogge.ical.IcsTesting.events;
import static org.kogge.ical.IcsTesting.instant;
import static org.kogge.ical.IcsTesting.parse;
import static org.kogge.ical.IcsTesting.tzid;
import static org.kogge.ical.IcsTesting.value;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer's output, parsed back with iCal4j and checked field by field; escaping, injection and folding. */
class IcsWriterTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final IcsWriter writer = new IcsWriter();

    static IcsEvent entry(String uid, String title, String description, LocalDateTime start, int minutes,
                          IcsStatus status, int sequence) {
        Instant s = start.atZone(BERLIN).toInstant();
        return new IcsEvent(uid, title, description, "Raum Trave, Rathaus, Breite Straße 62, 23552 Lübeck",
                URI.create("https://kogge.example/events/camp/sessions/7"), List.of("Wasser", "Klima, Energie"),
                s, s.plusSeconds(minutes * 60L), BERLIN, status, sequence,
                Instant.parse("2026-09-01T12:34:56.789Z"), Instant.parse("2026-08-01T08:00:00Z"));
    }

    @Test
    void everyFieldComesBack() {
        IcsEvent e = entry("session-7@kogge.example", "Regenwasser nutzen", "Erste Zeile\nZweite Zeile",
                LocalDateTime.of(2026, 10, 24, 10, 0), 45, IcsStatus.CONFIRMED, 3);
        byte[] ics = writer.write("Barcamp Lübeck", List.of(e));
        Calendar c = parse(ics);

        assertThat(value(c, Property.PRODID)).contains("Kogge");
        assertThat(value(c, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(c, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(c, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(c, "X-WR-CALNAME")).isEqualTo("Barcamp Lübeck");
        assertThat(value(c, Property.NAME)).isEqualTo("Barcamp Lübeck");
        assertThat(value(c, "REFRESH-INTERVAL")).isEqualTo("PT1H");
        assertThat(value(c, "X-PUBLISHED-TTL")).isEqualTo("PT1H");
        List<VTimeZone> zones = c.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Berlin");

        List<VEvent> vevents = events(c);
        assertThat(vevents).hasSize(1);
        VEvent v = vevents.get(0);
        assertThat(value(v, Property.UID)).isEqualTo("session-7@kogge.example");
        assertThat(value(v, Property.SUMMARY)).isEqualTo("Regenwasser nutzen");
        assertThat(value(v, Property.DESCRIPTION)).isEqualTo("Erste Zeile\nZweite Zeile");
        assertThat(value(v, Property.LOCATION)).isEqualTo("Raum Trave, Rathaus, Breite Straße 62, 23552 Lübeck");
        assertThat(value(v, Property.URL)).isEqualTo("https://kogge.example/events/camp/sessions/7");
        Categories categories = v.<Categories>getProperty(Property.CATEGORIES).orElseThrow();
        assertThat(categories.getCategories().getTexts()).containsExactly("Wasser", "Klima, Energie");
        assertThat(value(v, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(v, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(v, Property.DTSTAMP)).isEqualTo("20260901T123456Z");
        assertThat(value(v, Property.LAST_MODIFIED)).isEqualTo("20260901T123456Z");
        assertThat(value(v, Property.CREATED)).isEqualTo("20260801T080000Z");
        assertThat(tzid(v, Property.DTSTART)).isEqualTo("Europe/Berlin");
        assertThat(tzid(v, Property.DTEND)).isEqualTo("Europe/Berlin");
        assertThat(value(v, Property.DTSTART)).isEqualTo("20261024T100000");
        assertThat(instant(v, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(instant(v, Property.DTEND)).isEqualTo(Instant.parse("2026-10-24T08:45:00Z"));
        assertThat(v.getProperty(Property.DURATION)).isEmpty();
        assertFolded(ics);
        // Valid by RFC 5545. (RFC 5546 would want an ORGANIZER for METHOD:PUBLISH; public feeds leave it out on
        // purpose: no organizer's private email, and calendar apps would treat the entries as invitations.)
        List<Property> withoutMethod = c.<Property>getProperties().stream()
                .filter(p -> !p.getName().equals(Property.METHOD)).toList();
        Calendar plain = new Calendar(new net.fortuna.ical4j.model.PropertyList(withoutMethod), c.getComponentList());
        var validation = plain.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
    }

    @Test
    void wallClockStaysRightAcrossTheEndOfSummerTime() {
        // Saturday before and Sunday after the change (last Sunday of October 2026: 25 October, 03:00 -> 02:00).
        IcsEvent before = entry("session-1@k", "Vorher", null, LocalDateTime.of(2026, 10, 24, 10, 0), 60, IcsStatus.CONFIRMED, 0);
        IcsEvent after = entry("session-1@k", "Nachher", null, LocalDateTime.of(2026, 10, 25, 10, 0), 60, IcsStatus.CONFIRMED, 1);
        IcsEvent night = entry("session-2@k", "Nacht", null, LocalDateTime.of(2026, 10, 25, 1, 30), 120, IcsStatus.CONFIRMED, 0);
        VEvent v1 = events(parse(writer.write("a", List.of(before)))).get(0);
        VEvent v2 = events(parse(writer.write("a", List.of(after)))).get(0);
        VEvent v3 = events(parse(writer.write("a", List.of(night)))).get(0);
        assertThat(value(v1, Property.DTSTART)).isEqualTo("20261024T100000");
        assertThat(value(v2, Property.DTSTART)).isEqualTo("20261025T100000");
        assertThat(instant(v1, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(instant(v2, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        // 01:30 CEST plus two hours is 02:30 CET, the second 02:30 of that night: a local 02:30 would mean the first
        // one (RFC 5545, 3.3.5), so that end is written in UTC; the start keeps its TZID.
        assertThat(tzid(v3, Property.DTSTART)).isEqualTo("Europe/Berlin");
        assertThat(instant(v3, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-24T23:30:00Z"));
        assertThat(value(v3, Property.DTEND)).isEqualTo("20261025T013000Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil\r\nATTENDEE:mailto:x@evil.example", "Evil\nATTENDEE:mailto:x@evil.example",
            "Evil\rATTENDEE:mailto:x@evil.example", "Evil\u2028ATTENDEE:mailto:x@evil.example",
            "Evil\u0085ATTENDEE:mailto:x@evil.example", "Evil\r\n ATTENDEE:mailto:x@evil.example",
            "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:forged"})
    void aLineBreakInATitleStartsNoProperty(String title) {
        IcsEvent e = entry("session-9@k", title, "Text\r\nATTENDEE:mailto:y@evil.example\r\nEND:VEVENT",
                LocalDateTime.of(2026, 6, 1, 10, 0), 30, IcsStatus.CONFIRMED, 0);
        byte[] ics = writer.write(title, List.of(e));
        Calendar c = parse(ics);
        List<VEvent> vevents = events(c);
        assertThat(vevents).hasSize(1);
        VEvent v = vevents.get(0);
        assertThat(v.getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(value(v, Property.UID)).isEqualTo("session-9@k");
        assertThat(value(v, Property.SUMMARY)).startsWith("Evil ").doesNotContain("\n").doesNotContain("\r");
        assertThat(value(v, Property.DESCRIPTION)).isEqualTo("Text\nATTENDEE:mailto:y@evil.example\nEND:VEVENT");
        List<Property> calendarProperties = c.getProperties();
        assertThat(calendarProperties.stream().map(Property::getName).toList())
                .doesNotContain(Property.ATTENDEE, Property.UID);
        assertFolded(ics);
    }

    @Test
    void punctuationBackslashesAndEmojiSurviveTheRoundTrip() {
        String title = "Kommas, Semikolons; Backslash \\ und \\n kein Umbruch 🚰💧 – Grüße";
        IcsEvent e = entry("session-3@k", title, "a,b;c\\d\n🌊", LocalDateTime.of(2026, 6, 1, 10, 0), 30,
                IcsStatus.CONFIRMED, 0);
        byte[] ics = writer.write("x", List.of(e));
        String raw = new String(ics, StandardCharsets.UTF_8);
        assertThat(raw).contains("Kommas\\, Semikolons\\; Backslash \\\\ und \\\\n kein Umbruch");
        VEvent v = events(parse(ics)).get(0);
        assertThat(value(v, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(v, Property.DESCRIPTION)).isEqualTo("a,b;c\\d\n🌊");
    }

    @Test
    void cancelledEntriesSayCancelled() {
        IcsEvent e = entry("session-4@k", "Fällt aus", null, LocalDateTime.of(2026, 6, 1, 10, 0), 30,
                IcsStatus.CANCELLED, 2);
        VEvent v = events(parse(writer.write("x", List.of(e)))).get(0);
        assertThat(value(v, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(v, Property.SEQUENCE)).isEqualTo("2");
    }

    /** Long lines of umlauts, emoji and ASCII, shifted one character at a time so that folds fall everywhere. */
    @Test
    void noLineIsLongerThan75OctetsAndFoldsNeverSplitACharacter() {
        for (int shift = 0; shift < 8; shift++) {
            String title = "x".repeat(shift) + "Ä".repeat(50) + "😀".repeat(40) + "ß€" .repeat(30) + "y".repeat(200);
            String description = ("Zeile " + "ö😀".repeat(30) + "\n").repeat(5) + "🏳️‍🌈".repeat(20);
            IcsEvent e = entry("session-5@k", title, description, LocalDateTime.of(2026, 6, 1, 10, 0), 30,
                    IcsStatus.CONFIRMED, 0);
            byte[] ics = writer.write(title, List.of(e));
            assertFolded(ics);
            Calendar c = parse(ics);
            VEvent v = events(c).get(0);
            assertThat(value(v, Property.SUMMARY)).isEqualTo(title);
            assertThat(value(v, Property.DESCRIPTION)).isEqualTo(description.strip());
            assertThat(value(c, "X-WR-CALNAME")).isEqualTo(title);
        }
    }

    @Test
    void foldingCountsOctets() {
        String line = "SUMMARY:" + "ä".repeat(100);
        String folded = IcsWriter.fold(line + "\r\n");
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }
}
