package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.ical.IcsTesting.byUid;
import static org.kogge.ical.IcsTesting.events;
import static org.kogge.ical.IcsTesting.parse;
import static org.kogge.ical.IcsTesting.value;

import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kogge.ical.CalendarDocument;
import org.kogge.calendar.CalendarService;
import org.kogge.ical.IcsWriter;
import org.kogge.proposal.ProposalDeclined;
import org.kogge.proposal.ProposalMerged;
import org.kogge.proposal.ProposalReopened;
import org.kogge.proposal.ModerationService;
import org.kogge.schedule.PublicScheduleService.Change;
import org.kogge.schedule.PublicScheduleService.Programme;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Moderation reaches the schedule through proposal events: a placed session whose proposal is declined, reopened or
 * merged never vanishes silently from a published schedule, and accepting it again never books a room twice.
 */
@RecordApplicationEvents
class ScheduleFollowsProposalsTest extends ServiceTestBase {

    @Autowired CalendarFixtures cf;
    @Autowired ScheduleFixtures sf;
    @Autowired ModerationService proposals;
    @Autowired PlanningService schedule;
    @Autowired PublicScheduleService programme;
    @Autowired CalendarService calendars;
    @Autowired IcsWriter writer;
    @Autowired ApplicationEvents heard;

    /** What an organizer does to the accepted proposal {@code id} ({@code other} is another accepted one). */
    enum Decision {
        DECLINE, REOPEN, MERGE;

        void apply(ModerationService proposals, String slug, long id, long other) {
            switch (this) {
                case DECLINE -> proposals.decline(slug, id, "Die Referentin ist krank geworden.");
                case REOPEN -> proposals.reopen(slug, id);
                case MERGE -> proposals.merge(slug, id, other);
            }
        }

        Class<?> event() {
            return switch (this) {
                case DECLINE -> ProposalDeclined.class;
                case REOPEN -> ProposalReopened.class;
                case MERGE -> ProposalMerged.class;
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void aPublishedSessionWhoseProposalIsNoLongerAcceptedIsCancelledAsARecordedChange(Decision decision) {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche");
        long id = camp.sessions().get(0);
        long other = camp.sessions().get(1);
        int sequenceBefore = Integer.parseInt(value(byUid(eventCalendar(camp.slug()), uid(id)), Property.SEQUENCE));
        heard.clear();

        fixtures.as(camp.organizer(), () -> decision.apply(proposals, camp.slug(), id, other));

        assertThat(heard.stream(decision.event())).hasSize(1);
        assertThat(heard.stream(ScheduleChanged.class)).contains(new ScheduleChanged(eventId(camp)));
        Programme p = fixtures.as(camp.host(), () -> programme.programme(camp.slug(), null, null));
        assertThat(sessionIds(p)).containsExactly(other);
        assertThat(p.changes()).first().satisfies(c -> {
            assertThat(c.sessionId()).isEqualTo(id);
            assertThat(c.kind()).isEqualTo(ChangeKind.CANCELLED);
            assertThat(c.title()).isEqualTo("Regenwasser");
            assertThat(c.oldRoom()).isEqualTo("Trave");
        });
        VEvent inEventCalendar = byUid(eventCalendar(camp.slug()), uid(id));
        assertThat(value(inEventCalendar, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(inEventCalendar, Property.SUMMARY)).isEqualTo("Regenwasser");
        assertThat(Integer.parseInt(value(inEventCalendar, Property.SEQUENCE))).isGreaterThan(sequenceBefore);
        assertThat(value(byUid(eventCalendar(camp.slug()), uid(other)), Property.STATUS)).isEqualTo("CONFIRMED");
        VEvent own = byUid(calendar(calendars.sessionCalendar(id, Locale.GERMAN)), uid(id));
        assertThat(value(own, Property.STATUS)).isEqualTo("CANCELLED");
        // Nothing is left in the planner's grid, and its cell is free for another session.
        ScheduleSnapshot planner = fixtures.as(camp.organizer(), () -> schedule.planner(camp.slug()));
        assertThat(planner.placed()).extracting(ScheduledSession::id).containsExactly(other);
        assertThat(planner.unplaced()).extracting(ScheduledSession::id).doesNotContain(id);
    }

    @Test
    void acceptingAWithdrawnSessionAgainSendsItToTheSessionsToPlaceInsteadOfBookingItsOldRoomTwice() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        long id = camp.sessions().get(0);
        RoomDto trave = camp.rooms().get(0);
        SlotDto ten = camp.slots().get(0);
        fixtures.as(camp.organizer(), () -> proposals.decline(camp.slug(), id, "Doppelt eingereicht."));
        String bea = sf.participant(camp.slug(), "Bea Berg");
        long newcomer = sf.session(camp.slug(), camp.organizer(), bea, "Deiche", 1);
        fixtures.as(camp.organizer(), () -> schedule.place(camp.slug(), newcomer, trave.id(), ten.id()));
        int changesBefore = fixtures.as(camp.host(), () -> programme.programme(camp.slug(), null, null)).changes().size();

        fixtures.as(camp.organizer(), () -> proposals.accept(camp.slug(), id));

        ScheduleSnapshot planner = fixtures.as(camp.organizer(), () -> schedule.planner(camp.slug()));
        assertThat(planner.placed()).extracting(ScheduledSession::id).containsExactly(newcomer);
        assertThat(planner.unplaced()).extracting(ScheduledSession::id).containsExactly(id);
        assertThat(schedule.conflicts(planner)).isEmpty();
        Programme p = fixtures.as(camp.host(), () -> programme.programme(camp.slug(), null, null));
        assertThat(sessionIds(p)).containsExactly(newcomer);
        assertThat(p.changes()).hasSize(changesBefore);
        // Placed anew, it takes place again (and its calendar entry says so).
        SlotDto eleven = camp.slots().get(1);
        fixtures.as(camp.organizer(), () -> schedule.place(camp.slug(), id, trave.id(), eleven.id()));
        assertThat(value(byUid(eventCalendar(camp.slug()), uid(id)), Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void beforePublishingASessionWhoseProposalIsDeclinedJustLeavesTheGrid() {
        Camp camp = cf.camp("Barcamp Smart Water", false, "Regenwasser", "Deiche");
        long id = camp.sessions().get(0);

        fixtures.as(camp.organizer(), () -> proposals.decline(camp.slug(), id, "Passt nicht zum Thema."));

        ScheduleSnapshot planner = fixtures.as(camp.organizer(), () -> schedule.planner(camp.slug()));
        assertThat(planner.placed()).extracting(ScheduledSession::id).containsExactly(camp.sessions().get(1));
        assertThat(planner.withdrawn()).isEmpty();
        fixtures.as(camp.organizer(), () -> proposals.accept(camp.slug(), id));
        planner = fixtures.as(camp.organizer(), () -> schedule.planner(camp.slug()));
        assertThat(planner.unplaced()).extracting(ScheduledSession::id).containsExactly(id);
        fixtures.as(camp.organizer(), () -> schedule.publish(camp.slug()));
        assertThat(fixtures.as(camp.host(), () -> programme.programme(camp.slug(), null, null)).changes()).isEmpty();
    }

    @Test
    void aSessionCancelledByTheOrganizerAndThenDeclinedIsAnnouncedOnce() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        long id = camp.sessions().get(0);
        fixtures.as(camp.organizer(), () -> schedule.cancel(camp.slug(), id));

        fixtures.as(camp.organizer(), () -> proposals.decline(camp.slug(), id, "Findet nicht statt."));

        Programme p = fixtures.as(camp.host(), () -> programme.programme(camp.slug(), null, null));
        assertThat(sessionIds(p)).isEmpty();
        assertThat(p.changes()).extracting(Change::kind).containsExactly(ChangeKind.CANCELLED);
        assertThat(value(byUid(eventCalendar(camp.slug()), uid(id)), Property.STATUS)).isEqualTo("CANCELLED");
    }

    private long eventId(Camp camp) {
        return fixtures.as(camp.host(), () -> programme.eventIdOf(camp.slug()));
    }

    private static List<Long> sessionIds(Programme p) {
        return p.days().stream().flatMap(d -> d.sessions().stream()).map(ScheduledSession::id).toList();
    }

    private Calendar eventCalendar(String slug) {
        return calendar(calendars.eventCalendar(slug, Locale.GERMAN));
    }

    private Calendar calendar(CalendarDocument doc) {
        Calendar c = parse(writer.write(doc.name(), doc.events()));
        assertThat(events(c)).isNotEmpty();
        return c;
    }

    private static String uid(long sessionId) {
        return "session-" + sessionId + "@localhost";
    }
}
