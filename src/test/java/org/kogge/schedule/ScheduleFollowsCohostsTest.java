package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.ical.IcsTesting.byUid;
import static org.kogge.ical.IcsTesting.parse;
import static org.kogge.ical.IcsTesting.value;

import java.util.Locale;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.kogge.calendar.CalendarService;
import org.kogge.ical.CalendarDocument;
import org.kogge.ical.IcsWriter;
import org.kogge.proposal.CohostService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.schedule.PublicScheduleService.Programme;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The programme and calendars name a session's hosts: a co-host who joins or leaves a published session reaches
 * them (the entry is announced again, open programme pages refresh), and one who was only asked never does.
 */
@RecordApplicationEvents
class ScheduleFollowsCohostsTest extends ServiceTestBase {

    @Autowired CalendarFixtures cf;
    @Autowired ScheduleFixtures sf;
    @Autowired ProposalService proposals;
    @Autowired CohostService cohosts;
    @Autowired PublicScheduleService programme;
    @Autowired CalendarService calendars;
    @Autowired IcsWriter writer;
    @Autowired ApplicationEvents heard;

    @Test
    void aCohostJoiningAndLeavingAPublishedSessionIsAnnouncedAgainAndOneOnlyAskedIsNeverShown() {
        Camp camp = cf.camp("Barcamp Smart Water", true, "Regenwasser");
        long id = camp.sessions().get(0);
        String kai = sf.participant(camp.slug(), "Kai Kollege");
        ProposalForm f = fixtures.as(camp.organizer(), () -> proposals.formFor(camp.slug(), id));
        f.getCohostEmails().add(kai);
        fixtures.as(camp.organizer(), () -> proposals.update(camp.slug(), id, f));
        VEvent asked = entry(camp, id);
        assertThat(value(asked, Property.DESCRIPTION)).contains("Hanna Host").doesNotContain("Kai");
        assertThat(hosts(camp)).doesNotContain("Kai Kollege");
        int sequence = Integer.parseInt(value(asked, Property.SEQUENCE));
        heard.clear();

        fixtures.as(kai, () -> cohosts.accept(camp.slug(), id));

        VEvent joined = entry(camp, id);
        assertThat(value(joined, Property.DESCRIPTION)).contains("Hanna Host, Kai Kollege");
        assertThat(Integer.parseInt(value(joined, Property.SEQUENCE))).isGreaterThan(sequence);
        assertThat(hosts(camp)).contains("Kai Kollege");
        assertThat(heard.stream(ScheduleChanged.class)).isNotEmpty();
        heard.clear();

        fixtures.as(kai, () -> cohosts.leave(camp.slug(), id));

        VEvent left = entry(camp, id);
        assertThat(value(left, Property.DESCRIPTION)).contains("Hanna Host").doesNotContain("Kai");
        assertThat(Integer.parseInt(value(left, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(joined, Property.SEQUENCE)));
        assertThat(value(left, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(hosts(camp)).doesNotContain("Kai Kollege");
        assertThat(heard.stream(ScheduleChanged.class)).isNotEmpty();
        // Not a change of time or place: the change list stays as it was.
        assertThat(fixtures.as(camp.host(), () -> programme.programme(camp.slug(), null, null)).changes()).isEmpty();
    }

    private java.util.List<String> hosts(Camp camp) {
        Programme p = fixtures.as(camp.host(), () -> programme.programme(camp.slug(), null, null));
        return p.days().stream().flatMap(d -> d.sessions().stream()).flatMap(s -> s.content().hostNames().stream())
                .toList();
    }

    private VEvent entry(Camp camp, long id) {
        CalendarDocument doc = calendars.eventCalendar(camp.slug(), Locale.GERMAN);
        return byUid(parse(writer.write(doc.name(), doc.events())), "session-" + id + "@localhost");
    }
}
