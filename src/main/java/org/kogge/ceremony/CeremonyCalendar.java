package org.kogge.ceremony;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.BiFunction;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.kogge.common.Formats;
import org.kogge.event.EventDetails;
import org.kogge.event.EventState;

/**
 * A ceremony as one iCalendar event for an accepting guest: a stable UID per ceremony, SEQUENCE growing with every
 * change of time, place, state or programme, DTSTAMP and LAST-MODIFIED from the last change (so an unchanged
 * ceremony gives the same bytes), times with TZID and the VTIMEZONE, DTEND, LOCATION, URL of the public page and
 * the programme as plain text in DESCRIPTION. iCal4j escapes the text and folds lines at 75 octets.
 */
final class CeremonyCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** What the file is made of; {@code text} translates a message key with arguments into the guest's language. */
    record Input(EventDetails event, CeremonyContent ceremony, String baseUrl, Locale locale,
                 BiFunction<String, Object[], String> text) {
    }

    private CeremonyCalendar() {
    }

    static Instant lastChange(EventDetails event, CeremonyContent ceremony) {
        Instant last = event.updatedAt();
        if (ceremony.updatedAt() != null && ceremony.updatedAt().isAfter(last)) {
            last = ceremony.updatedAt();
        }
        return last.truncatedTo(ChronoUnit.SECONDS);
    }

    static int sequence(EventDetails event, CeremonyContent ceremony) {
        return event.icalSequence() + ceremony.icalSequence();
    }

    static String uid(EventDetails event, String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return "ceremony-" + event.id() + "@" + (host == null ? "kogge" : host);
    }

    static byte[] write(Input in) {
        EventDetails e = in.event();
        CeremonyContent c = in.ceremony();
        TimeZone zone = ZONES.getTimeZone(c.zone().getId());
        ZonedDateTime start = c.startsAt().atZone(zone.toZoneId());
        ZonedDateTime end = c.endsAt().atZone(zone.toZoneId());
        Instant last = lastChange(e, c);

        // Without the DTSTAMP of "now" that VEvent's other constructors add: DTSTAMP is the last change.
        VEvent event = new VEvent(false);
        event.add(new net.fortuna.ical4j.model.property.DtStart<>(start));
        event.add(new net.fortuna.ical4j.model.property.DtEnd<>(end));
        event.add(new net.fortuna.ical4j.model.property.Summary(c.title()));
        event.add(new Uid(uid(e, in.baseUrl())));
        event.add(new DtStamp(last));
        event.add(new LastModified(last));
        event.add(new Sequence(sequence(e, c)));
        event.add(e.state() == EventState.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String location = join(", ", e.venueName(), e.venueAddress());
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        String base = in.baseUrl().endsWith("/") ? in.baseUrl() : in.baseUrl() + "/";
        event.add(new Url(URI.create(base + "events/" + e.slug())));
        event.add(new Description(description(in)));

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kogge//Ceremony//DE"));
        calendar.add(net.fortuna.ical4j.model.property.immutable.ImmutableVersion.VERSION_2_0);
        calendar.add(net.fortuna.ical4j.model.property.immutable.ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return fold(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * RFC 5545 limits lines to 75 octets; iCal4j folds by characters, so umlauts and dashes can overrun. Unfolds its
     * output and folds again by UTF-8 octets, never inside a character.
     */
    static String fold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                    limit = 75;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** The programme as plain text: agreement, agenda with times and speakers, signatories in order. */
    static String description(Input in) {
        CeremonyContent c = in.ceremony();
        StringBuilder b = new StringBuilder();
        if (c.hasAgreement()) {
            b.append(in.text().apply("ceremony.programme.agreement", new Object[0])).append(":\n");
            append(b, c.agreementTitle());
            append(b, c.agreementSummary());
            append(b, c.agreementUrl());
            b.append('\n');
        }
        if (!c.agenda().isEmpty()) {
            b.append(in.text().apply("ceremony.programme.agenda", new Object[0])).append(":\n");
            for (AgendaEntry a : c.agenda()) {
                b.append(Formats.time(a.startsAt(), c.zone(), in.locale())).append('–')
                        .append(Formats.time(a.endsAt(), c.zone(), in.locale())).append(' ').append(a.title());
                if (!a.speaker().isEmpty()) {
                    b.append(" (").append(a.speaker()).append(')');
                }
                b.append('\n');
            }
            b.append('\n');
        }
        if (!c.signatories().isEmpty()) {
            b.append(in.text().apply("ceremony.programme.signatories", new Object[0])).append(":\n");
            for (SignatoryEntry s : c.signatories()) {
                b.append(s.order()).append(". ").append(join(", ", s.name(), s.office(), s.organisation()));
                if (s.isRepresented()) {
                    b.append(" – ").append(in.text().apply("ceremony.signatories.represented-by",
                            new Object[] {s.representedBy()}));
                }
                b.append('\n');
            }
        }
        return b.toString().strip();
    }

    private static void append(StringBuilder b, String line) {
        if (line != null && !line.isBlank()) {
            b.append(line).append('\n');
        }
    }

    private static String join(String separator, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(separator);
                }
                b.append(p);
            }
        }
        return b.toString();
    }
}
