package org.kogge.ceremony;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.kogge.common.Formats;
import org.kogge.common.PublicLinks;
import org.kogge.common.Texts;
import org.kogge.event.EventDetails;
import org.kogge.event.EventState;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsEvent;
import org.kogge.ical.IcsStatus;

/**
 * A ceremony as one iCalendar event for an accepting guest, written by {@link org.kogge.ical.IcsWriter} (iCal4j;
 * TZID with VTIMEZONE, DTEND, text escaped, lines folded at 75 octets): the event's one UID ({@code event-12@host},
 * the same as in the public event calendar and personal feeds), SEQUENCE growing with every change of time, place,
 * state or programme, DTSTAMP and LAST-MODIFIED from the last change (so an unchanged ceremony gives the same
 * bytes), LOCATION, the URL of the public page and the programme as plain text in DESCRIPTION.
 */
final class CeremonyCalendar {

    /** What the file is made of; {@code text} translates a message key with arguments into the guest's language. */
    record Input(EventDetails event, CeremonyContent ceremony, Locale locale,
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

    /** The guest's calendar: the one entry, under the event's UID (the same as in the public event calendar). */
    static CalendarDocument document(Input in, PublicLinks links) {
        EventDetails e = in.event();
        CeremonyContent c = in.ceremony();
        String location = Texts.joinPresent(", ", e.venueName(), e.venueAddress());
        IcsEvent event = new IcsEvent(links.eventUid(e.id()), c.title(), description(in),
                location.isEmpty() ? null : location, links.eventPage(e.slug()), List.of(), c.startsAt(), c.endsAt(),
                c.zone(), e.state() == EventState.CANCELLED ? IcsStatus.CANCELLED : IcsStatus.CONFIRMED,
                sequence(e, c), lastChange(e, c), null);
        return CalendarDocument.of(e.slug() + ".ics", c.title(), List.of(event), true);
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
                b.append(s.order()).append(". ").append(Texts.joinPresent(", ", s.name(), s.office(), s.organisation()));
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
}
