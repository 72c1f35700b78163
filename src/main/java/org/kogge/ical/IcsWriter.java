package org.kogge.ical;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes iCalendar (RFC 5545) files from neutral {@link IcsEvent}s, for every feature that offers a calendar
 * (events, sessions, personal feeds, ceremonies). iCal4j builds and escapes every property; this class only cleans
 * user text first (no control characters; line breaks only where a description may have them, so that no line break
 * in a title can start a property of its own) and folds lines at 75 octets of UTF-8 without splitting a character,
 * where iCal4j's own folding counts UTF-16 characters. Times carry the zone's TZID and its VTIMEZONE (but see
 * {@link #isLocalTimeExact}). Entries carry no ORGANIZER (which RFC 5546 asks of METHOD:PUBLISH): that would
 * publish an organizer's email, and calendar apps would treat the entries as invitations to answer.
 */
@Component
public class IcsWriter {

    /** At most 75 octets per line, not counting the line break (RFC 5545, 3.1). */
    static final int MAX_LINE_OCTETS = 75;
    static final Duration REFRESH = Duration.ofHours(1);
    private static final String CRLF = "\r\n";
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u0085\u2028\u2029]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<ZoneId, VTimeZone> zones = new ConcurrentHashMap<>();
    private final String prodId;

    public IcsWriter() {
        this("-//Kogge//Kogge Calendar 1.0//DE");
    }

    IcsWriter(String prodId) {
        this.prodId = prodId;
    }

    /** A calendar document, written as {@link #write(String, List)} writes it. */
    public byte[] write(CalendarDocument doc) {
        return write(doc.name(), doc.events());
    }

    /** A whole calendar (METHOD:PUBLISH) named {@code calendarName}, as UTF-8 bytes. */
    public byte[] write(String calendarName, List<IcsEvent> events) {
        String unfolded = build(calendarName, events).toString();
        return fold(unfolded).getBytes(StandardCharsets.UTF_8);
    }

    private Calendar build(String calendarName, List<IcsEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(prodId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        String name = oneLine(calendarName);
        if (name != null) {
            calendar.add(new Name(name));
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        // How often subscribed calendar apps should look again (RFC 7986, and the older name Outlook and Apple read).
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        Set<ZoneId> used = new LinkedHashSet<>();
        events.forEach(e -> used.add(e.zone()));
        for (ZoneId zone : used) {
            calendar.add(vTimeZone(zone));
        }
        if (used.size() == 1) {
            calendar.add(new XProperty("X-WR-TIMEZONE", used.iterator().next().getId()));
        }
        for (IcsEvent e : events) {
            calendar.add(vEvent(e));
        }
        return calendar;
    }

    private VEvent vEvent(IcsEvent e) {
        VEvent v = new VEvent(false);
        v.add(new Uid(oneLine(e.uid())));
        v.add(new DtStamp(truncate(e.lastModified())));
        v.add(isLocalTimeExact(e.start(), e.zone()) ? new DtStart<>(e.start().atZone(e.zone()))
                : new DtStart<>(truncate(e.start())));
        v.add(isLocalTimeExact(e.end(), e.zone()) ? new DtEnd<>(e.end().atZone(e.zone()))
                : new DtEnd<>(truncate(e.end())));
        v.add(new Summary(orEmpty(oneLine(e.title()))));
        String description = multiLine(e.description());
        if (description != null) {
            v.add(new Description(description));
        }
        String location = oneLine(e.location());
        if (location != null) {
            v.add(new Location(location));
        }
        if (e.url() != null) {
            v.add(new Url(e.url()));
        }
        List<String> categories = e.categories().stream().map(IcsWriter::oneLine).filter(c -> c != null).toList();
        if (!categories.isEmpty()) {
            v.add(new Categories(new TextList(categories)));
        }
        v.add(switch (e.status()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        v.add(new Sequence(e.sequence()));
        if (e.created() != null) {
            v.add(new Created(truncate(e.created())));
        }
        v.add(new LastModified(truncate(e.lastModified())));
        return v;
    }

    private VTimeZone vTimeZone(ZoneId zone) {
        return zones.computeIfAbsent(zone, z -> {
            TimeZone tz = registry.getTimeZone(z.getId());
            if (tz == null) {
                throw new IllegalArgumentException("no VTIMEZONE for " + z);
            }
            return tz.getVTimeZone();
        });
    }

    /**
     * Whether the local time with TZID names this instant. In the hour that repeats when summer time ends, a local
     * time means its first occurrence (RFC 5545, 3.3.5), so an instant in the second one is written in UTC instead.
     */
    static boolean isLocalTimeExact(Instant instant, ZoneId zone) {
        return instant.atZone(zone).withEarlierOffsetAtOverlap().toInstant().equals(instant);
    }

    private static Instant truncate(Instant i) {
        return i.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Text for a single-line property: control characters dropped, every run of whitespace one space. */
    static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = WHITESPACE.matcher(CONTROL.matcher(LINE_BREAKS.matcher(s).replaceAll(" ")).replaceAll(""))
                .replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    /** Text that may span lines: every kind of line break becomes one LF (which iCal4j escapes), controls dropped. */
    static String multiLine(String s) {
        if (s == null) {
            return null;
        }
        String t = CONTROL.matcher(LINE_BREAKS.matcher(s).replaceAll("\n")).replaceAll("").strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Folds every content line to at most 75 octets of UTF-8 (RFC 5545, 3.1): a fold is CRLF and one space, and it
     * never falls inside a character (surrogate pairs and multi-octet sequences stay whole).
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split(CRLF, -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = utf8Length(cp);
                if (octets + n > MAX_LINE_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
