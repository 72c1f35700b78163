package org.kogge.notification;

import java.util.Locale;
import org.kogge.calendar.CalendarService;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsWriter;
import org.kogge.mail.MailAttachment;
import org.springframework.stereotype.Component;

/**
 * An event's calendar file as a mail attachment: the very document that {@code /calendar/events/{slug}.ics} serves
 * (the same UIDs and SEQUENCE), so a calendar that imports it from a mail and later subscribes to the feed holds
 * one entry, not two.
 */
@Component
class EventCalendarFile {

    private final CalendarService calendars;
    private final IcsWriter writer;

    EventCalendarFile(CalendarService calendars, IcsWriter writer) {
        this.calendars = calendars;
        this.writer = writer;
    }

    MailAttachment of(String slug, Locale language) {
        CalendarDocument doc = calendars.eventCalendar(slug, language);
        return MailAttachment.calendar(doc.fileName(), writer.write(doc));
    }
}
