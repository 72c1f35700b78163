package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.kogge.common.Formats;
import org.kogge.proposal.SessionContent;
import org.kogge.proposal.TopicDto;
import org.kogge.schedule.PublicScheduleService.Change;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;

/** How the public schedule pages put times, hosts and changes into words, in the event's zone and the UI's language. */
final class PublicScheduleTexts {

    private PublicScheduleTexts() {
    }

    /** "Freitag, 12. März 2027". */
    static String day(LocalDate date, Locale locale) {
        return Formats.day(date, locale);
    }

    /** "10:00 – 11:00". */
    static String span(Instant start, Instant end, ZoneId zone, Locale locale) {
        return Formats.time(start, zone, locale) + " – " + Formats.time(end, zone, locale);
    }

    static String span(SlotDto slot, ZoneId zone, Locale locale) {
        return span(slot.startsAt(), slot.endsAt(), zone, locale);
    }

    /** "Freitag, 12. März 2027, 10:00 – 11:00". */
    static String when(ScheduledSession s, ZoneId zone, Locale locale) {
        return day(s.startsAt().atZone(zone).toLocalDate(), locale) + ", " + span(s.startsAt(), s.endsAt(), zone, locale);
    }

    /** "Fr. 10:00": a moment of the event, short. */
    static String moment(Instant instant, ZoneId zone, Locale locale) {
        return Formats.weekday(instant, zone, locale) + " "
                + Formats.time(instant, zone, locale);
    }

    /** "Sa., 30.10.2027, 10:00": a moment on another day than today. */
    static String dayAndTime(Instant instant, ZoneId zone, Locale locale) {
        return Formats.weekday(instant, zone, locale) + ", "
                + Formats.dateTime(instant, zone, locale);
    }

    /** "Erika Expertin, Kai Kollege (Lübeck)": the hosts and the host's city. */
    static String hosts(SessionContent c) {
        String names = String.join(", ", c.hostNames());
        return c.hostCity() == null || c.hostCity().isBlank() ? names : names + " (" + c.hostCity() + ")";
    }

    /** "80 Plätze, stufenlos erreichbar": what visitors need to know of a room. */
    static String roomFacts(Component c, RoomDto room) {
        String access = c.getTranslation(room.accessible() ? "programme.room.step-free" : "programme.room.not-step-free");
        return room.capacity() == null ? access : c.getTranslation("programme.room.capacity", room.capacity()) + ", " + access;
    }

    static String topics(SessionContent c) {
        return String.join(", ", c.topics().stream().map(TopicDto::name).toList());
    }

    /** A change in words, such as "„Sensornetze“ verschoben: von Saal 1, Fr. 10:00 nach Saal 2, Fr. 11:00." */
    static String change(Component c, Change change, ZoneId zone, Locale locale) {
        String from = place(c, change.oldRoom(), change.oldStartsAt(), zone, locale);
        String to = place(c, change.newRoom(), change.newStartsAt(), zone, locale);
        return switch (change.kind()) {
            case ADDED -> c.getTranslation("programme.change.added", change.title(), to);
            case MOVED -> c.getTranslation("programme.change.moved", change.title(), from, to);
            case CANCELLED -> c.getTranslation("programme.change.cancelled", change.title());
            case RESTORED -> c.getTranslation("programme.change.restored", change.title(), to);
            case REMOVED -> c.getTranslation("programme.change.removed", change.title());
        };
    }

    private static String place(Component c, String room, Instant at, ZoneId zone, Locale locale) {
        if (at == null) {
            return room == null ? c.getTranslation("programme.change.nowhere") : room;
        }
        String time = moment(at, zone, locale);
        return room == null ? time : c.getTranslation("programme.change.place", room, time);
    }
}
