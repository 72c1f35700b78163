package org.kogge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.account.RunAs;
import org.kogge.archive.ArchiveEntry;
import org.kogge.archive.ArchiveQuery;
import org.kogge.archive.ArchiveService;
import org.kogge.schedule.ChangeKind;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.PublicScheduleService.Change;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's Smart Water barcamp comes with a published two-day schedule built through the schedule service, with a
 * cancelled and a moved session in its change log. Runs the demo loader on a database of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:kogge-demo-schedule;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoScheduleTest {

    static final String SLUG = "barcamp-smart-water";

    @Autowired ScheduleReader reader;
    @Autowired PlanningService planning;
    @Autowired PublicScheduleService publicSchedule;
    @Autowired RunAs runAs;
    @Autowired ArchiveService archive;

    @Test
    void theDemoBarcampHasAPublishedScheduleWithChanges() {
        ScheduleSnapshot s = runAs.as(DemoData.ORGANIZER, () -> planning.planner(SLUG));
        ZoneId zone = s.event().zone();

        assertThat(s.published()).isTrue();
        assertThat(reader.published(SLUG).sessions()).hasSize(12);
        assertThat(s.rooms()).hasSize(4);
        assertThat(s.rooms()).filteredOn(r -> !r.accessible()).extracting(RoomDto::name).containsExactly("Galerie");
        assertThat(s.slots().stream().map(x -> x.day(zone)).distinct()).hasSize(2);
        assertThat(s.slots()).extracting(x -> x.kind()).contains(SlotKind.PLENARY, SlotKind.BREAK, SlotKind.SESSION);
        assertThat(s.placed()).hasSize(12);
        assertThat(s.placed()).filteredOn(ScheduledSession::isCancelled).hasSize(1);
        assertThat(s.unplaced()).hasSize(5); // for trying "Programm vorschlagen"

        List<Change> changes = publicSchedule.programme(SLUG, null, null).changes();
        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.MOVED, ChangeKind.CANCELLED);

        List<Conflict> conflicts = runAs.as(DemoData.ORGANIZER, () -> planning.conflicts(planning.planner(SLUG)));
        assertThat(conflicts).isEmpty();
    }

    @Test
    void twoSessionsOfTheDemoBarcampHaveMaterialsInTheArchive() {
        List<ArchiveEntry> documented = archive.page(ArchiveQuery.all(), 0, 10);

        assertThat(documented).extracting(ArchiveEntry::title)
                .containsExactlyInAnyOrder("Überflutungskarten für Bürgerinnen und Bürger", "Sensornetze im Abwasserkanal");
        assertThat(documented).extracting(ArchiveEntry::eventSlug).containsOnly(SLUG);
        assertThat(archive.page(new ArchiveQuery("starkregen", null, null), 0, 10)).extracting(ArchiveEntry::title)
                .containsExactly("Überflutungskarten für Bürgerinnen und Bürger");
    }
}
