package org.kogge.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kogge.ical.IcsTesting.assertFolded;
import static org.kogge.ical.IcsTesting.byUid;
import static org.kogge.ical.IcsTesting.events;
import static org.kogge.ical.IcsTesting.instant;
import static org.kogge.ical.IcsTesting.parse;
import static org.kogge.ical.IcsTesting.tzid;
import static org.kogge.ical.IcsTesting.value;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventForm;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.proposal.ModerationService;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsEvent;
import org.kogge.ical.IcsWriter;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.schedule.PlanningService;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Calendars built from real schedules, rendered and parsed back with iCal4j. */
class CalendarServiceTest extends ServiceTestBase {

    @Autowired CalendarService calendars;
    @Autowired IcsWriter writer;
    @Autowired CalendarFixtures cf;
    @Autowired ScheduleFixtures sf;
    @Autowired PlanningService planning;
    @Autowired EventService eventService;
    @Autowired ProposalService proposals;
    @Autowired ModerationService moderation;
    @Autowired StoppedClock clock;

    Calendar eventCalendar(String slug) {
        CalendarDocument doc = calendars.eventCalendar(slug, Locale.GERMAN);
        byte[] ics = writer.write(doc.name(), doc.events());
        assertFolded(ics);
        return parse(ics);
    }

    static String uid(long sessionId) {
        return "session-" + sessionId + "@localhost";
    }

    @Test
    void aSessionMovedAcrossTheEndOfSummerTimeKeepsItsUidAndWallClockAndItsSequenceGrows() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        long id = camp.sessions().get(0);
        VEvent before = byUid(eventCalendar(camp.slug()), uid(id));
        assertThat(value(before, Property.DTSTART)).isEqualTo("20271030T100000");
        assertThat(tzid(before, Property.DTSTART)).isEqualTo("Europe/Berlin");
        assertThat(instant(before, Property.DTSTART)).isEqualTo(Instant.parse("2027-10-30T08:00:00Z"));
        assertThat(instant(before, Property.DTEND)).isEqualTo(Instant.parse("2027-10-30T08:45:00Z"));
        int sequenceBefore = Integer.parseInt(value(before, Property.SEQUENCE));

        // Sunday 31 October 2027: clocks went back at 03:00, 10:00 is now UTC+1.
        fixtures.as(camp.organizer(), () -> planning.place(camp.slug(), id, camp.rooms().get(1).id(), camp.slots().get(2).id()));
        VEvent after = byUid(eventCalendar(camp.slug()), uid(id));
        assertThat(value(after, Property.DTSTART)).isEqualTo("20271031T100000");
        assertThat(tzid(after, Property.DTSTART)).isEqualTo("Europe/Berlin");
        assertThat(instant(after, Property.DTSTART)).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
        assertThat(instant(after, Property.DTEND)).isEqualTo(Instant.parse("2027-10-31T09:45:00Z"));
        assertThat(value(after, Property.LOCATION)).startsWith("Wakenitz, ");
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE))).isGreaterThan(sequenceBefore);
        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(value(after, Property.LAST_MODIFIED)).isGreaterThanOrEqualTo(value(before, Property.LAST_MODIFIED));
        assertThat(value(after, Property.DTSTAMP)).isEqualTo(value(after, Property.LAST_MODIFIED));
        assertThat(after.getProperty(Property.DURATION)).isEmpty();
    }

    @Test
    void aCancelledSessionStaysInTheCalendarAsCancelledWithAHigherSequence() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche");
        long id = camp.sessions().get(1);
        int before = Integer.parseInt(value(byUid(eventCalendar(camp.slug()), uid(id)), Property.SEQUENCE));
        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), id));
        Calendar c = eventCalendar(camp.slug());
        assertThat(events(c)).hasSize(3);
        VEvent cancelled = byUid(c, uid(id));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isEqualTo(before + 1);
        assertThat(value(byUid(c, uid(camp.sessions().get(0))), Property.STATUS)).isEqualTo("CONFIRMED");

        fixtures.as(camp.organizer(), () -> planning.restore(camp.slug(), id));
        VEvent restored = byUid(eventCalendar(camp.slug()), uid(id));
        assertThat(value(restored, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(Integer.parseInt(value(restored, Property.SEQUENCE))).isEqualTo(before + 2);
    }

    @Test
    void movingOrCancellingTheEventGrowsItsSequenceAndCancelsItsSessions() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        Calendar first = eventCalendar(camp.slug());
        VEvent event = events(first).get(0);
        String eventUid = value(event, Property.UID);
        int eventSeq = Integer.parseInt(value(event, Property.SEQUENCE));
        int sessionSeq = Integer.parseInt(value(byUid(first, uid(camp.sessions().get(0))), Property.SEQUENCE));

        fixtures.as(camp.organizer(), () -> {
            EventForm f = eventService.formFor(camp.slug());
            f.setEnd(LocalDateTime.of(ScheduleFixtures.DAY2, java.time.LocalTime.of(18, 0)));
            eventService.update(camp.slug(), f);
        });
        VEvent moved = byUid(eventCalendar(camp.slug()), eventUid);
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isEqualTo(eventSeq + 1);
        assertThat(value(moved, Property.DTEND)).isEqualTo("20271031T180000");

        fixtures.as(camp.organizer(), () -> {
            EventForm f = eventService.formFor(camp.slug());
            f.setVenueName("Kulturwerft");
            eventService.update(camp.slug(), f);
        });
        VEvent elsewhere = byUid(eventCalendar(camp.slug()), eventUid);
        assertThat(Integer.parseInt(value(elsewhere, Property.SEQUENCE))).isEqualTo(eventSeq + 2);
        assertThat(value(elsewhere, Property.LOCATION)).startsWith("Kulturwerft, ");

        fixtures.as(camp.organizer(), () -> eventService.changeState(camp.slug(), EventState.CANCELLED));
        Calendar cancelled = eventCalendar(camp.slug());
        assertThat(value(byUid(cancelled, eventUid), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(byUid(cancelled, eventUid), Property.SEQUENCE))).isEqualTo(eventSeq + 3);
        VEvent session = byUid(cancelled, uid(camp.sessions().get(0)));
        assertThat(value(session, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(session, Property.SEQUENCE))).isGreaterThan(sessionSeq);
    }

    @Test
    void hostileAndUnusualTitlesAreEscapedAndFoldedNeverInjected() {
        Camp camp = cf.camp("Barcamp; Wasser, Land \\ Meer 🌊", false);
        String title = "Evil\r\nATTENDEE:mailto:x@evil.example";
        String emoji = "Wasser, Wind; Watt \\ 💧🌬️ " + "Überlänge ".repeat(12);
        long evil = session(camp, title, "Text\r\nATTENDEE:mailto:y@evil.example\n\n**fett** und [Link](https://a.example)");
        long long_ = session(camp, emoji, null);
        fixtures.as(camp.organizer(), () -> {
            planning.place(camp.slug(), evil, camp.rooms().get(0).id(), camp.slots().get(0).id());
            planning.place(camp.slug(), long_, camp.rooms().get(1).id(), camp.slots().get(1).id());
            planning.publish(camp.slug());
        });
        CalendarDocument doc = calendars.eventCalendar(camp.slug(), Locale.GERMAN);
        byte[] ics = writer.write(doc.name(), doc.events());
        assertFolded(ics);
        String raw = new String(ics, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("\r\nATTENDEE").doesNotContain("\nATTENDEE");
        Calendar c = parse(ics);
        assertThat(value(c, "X-WR-CALNAME")).isEqualTo("Barcamp; Wasser, Land \\ Meer 🌊");
        for (VEvent v : events(c)) {
            assertThat(v.getProperties(Property.ATTENDEE)).isEmpty();
        }
        VEvent e = byUid(c, uid(evil));
        assertThat(value(e, Property.SUMMARY)).isEqualTo("Evil ATTENDEE:mailto:x@evil.example");
        assertThat(value(e, Property.DESCRIPTION)).startsWith("Text\nATTENDEE:mailto:y@evil.example\nfett und \"Link\" (https://a.example)")
                .doesNotContain("**");
        assertThat(value(byUid(c, uid(long_)), Property.SUMMARY)).isEqualTo(emoji.strip());
    }

    long session(Camp camp, String title, String abstractText) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title);
        f.setAbstractText(abstractText);
        f.setFormat(ProposalFormat.DISCUSSION);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(1);
        long id = fixtures.as(camp.host(), () -> proposals.propose(camp.slug(), f).id());
        fixtures.as(camp.organizer(), () -> moderation.accept(camp.slug(), id));
        return id;
    }

    /** The app's clock a day later, not a wait: the ETag and the bytes must not depend on when they are made. */
    @Test
    void theSameDataGivesTheSameBytesAndETagLaterOn() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        Instant now = clock.instant();
        clock.stopAt(now);
        CalendarDocument a = calendars.eventCalendar(camp.slug(), Locale.GERMAN);
        clock.stopAt(now.plus(Duration.ofDays(1)).plusMillis(1));
        CalendarDocument b = calendars.eventCalendar(camp.slug(), Locale.GERMAN);
        assertThat(b.etag()).isEqualTo(a.etag());
        assertThat(writer.write(b.name(), b.events())).isEqualTo(writer.write(a.name(), a.events()));
        assertThat(calendars.eventCalendar(camp.slug(), Locale.ENGLISH).etag()).isNotEqualTo(a.etag());
    }

    @Test
    void anUnplacedSessionLeavesTheCalendarsAndItsOwnCalendarIsGone() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche");
        long id = camp.sessions().get(1);
        assertThat(calendars.sessionCalendar(id, Locale.GERMAN).events()).hasSize(1);
        fixtures.as(camp.organizer(), () -> planning.unplace(camp.slug(), id));
        assertThat(calendars.eventCalendar(camp.slug(), Locale.GERMAN).events()).extracting(IcsEvent::uid)
                .doesNotContain(uid(id)).contains(uid(camp.sessions().get(0)));
        assertThatThrownBy(() -> calendars.sessionCalendar(id, Locale.GERMAN)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void ceremoniesAndOtherEventsAreOneEntry() {
        String organizer = fixtures.person("Otto Orga", org.kogge.account.Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Urkunde Lübeck", org.kogge.event.EventKind.CEREMONY, 12,
                EventState.PUBLISHED).slug();
        List<IcsEvent> entries = calendars.eventCalendar(slug, Locale.GERMAN).events();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).categories()).containsExactly("Festakt/Zeremonie");
    }
}
