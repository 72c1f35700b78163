package org.kogge.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** Reading calendars back for tests: parse with iCal4j, look at properties, check folding in octets. */
public final class IcsTesting {

    private IcsTesting() {
    }

    public static Calendar parse(byte[] ics) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (Exception e) {
            throw new AssertionError("not a valid calendar:\n" + new String(ics, StandardCharsets.UTF_8), e);
        }
    }

    public static List<VEvent> events(Calendar c) {
        return c.getComponents(Component.VEVENT);
    }

    public static VEvent byUid(Calendar c, String uid) {
        return events(c).stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT " + uid));
    }

    public static String value(Component c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse(null);
    }

    public static String value(Calendar c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The instant of DTSTART/DTEND (which must carry a TZID), and that TZID. */
    public static Instant instant(VEvent e, String property) {
        DateProperty<?> p = e.<DateProperty<?>>getProperty(property).orElseThrow();
        Temporal t = p.getDate();
        return ((ZonedDateTime) t).toInstant();
    }

    public static String tzid(VEvent e, String property) {
        Property p = e.<Property>getProperty(property).orElseThrow();
        return p.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
    }

    /** Every physical line at most 75 octets, lines end in CRLF, no bare CR or LF. */
    public static void assertFolded(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of %s", line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
        }
    }
}
