package org.kogge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.event.EventForm;
import org.kogge.event.EventService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.ScheduledSession;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The knowledge archive: only documented sessions of published programmes of public barcamps, found by words of
 * their title, description or materials, filtered by host city and event, newest event first, paged, and read with
 * the same number of queries per page however much the network has documented.
 */
class ArchiveServiceTest extends ServiceTestBase {

    @Autowired ArchiveService archive;
    @Autowired MaterialsService materials;
    @Autowired ProgrammeFixtures programmes;
    @Autowired ScheduleReader reader;
    @Autowired EventService events;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanningService planning;
    @Autowired EntityManagerFactory emf;
    @Autowired ProposalService proposals;

    Programme p;

    @BeforeEach
    void programme() {
        p = programmes.programme();
        programmes.publish(p);
    }

    private void document(String who, String slug, long session, String text) {
        fixtures.as(who, () -> materials.save(slug, session, new MaterialsForm(text)));
    }

    private List<String> titles(ArchiveQuery q) {
        return archive.page(q, 0, 50).stream().map(ArchiveEntry::title).toList();
    }

    private static ArchiveQuery text(String words) {
        return new ArchiveQuery(words, null, null);
    }

    /** A second published barcamp of {@code sessions} sessions in Kiel, documented; returns its slug. */
    private String kielCamp(int sessions) {
        String slug = programmes.programmeOf(sessions, 2);
        String organizer = Fixtures.emailOf("Paula" + sessions + " Plan");
        long kiel = fixtures.city("Kiel");
        fixtures.as(organizer, () -> {
            EventForm f = events.formFor(slug);
            f.setHostCityId(kiel);
            events.update(slug, f);
        });
        for (ScheduledSession s : reader.published(slug).sessions()) {
            document(organizer, slug, s.id(), "Protokoll von " + s.content().title() + " mit Sielwasser-Messungen");
        }
        return slug;
    }

    @Test
    void findsDocumentedSessionsByTitleDescriptionAndMaterialsWords() {
        document(p.erika(), p.slug(), p.sensors(), "Folien: [Sensoren](https://example.org/folien) und **Kanalpegel**");
        document(p.kai(), p.slug(), p.levels(), "Pad mit Ergebnissen zur Starkregen-Vorsorge");

        assertThat(titles(ArchiveQuery.all())).containsExactly("Sensornetze im Kanal", "Pegel offen teilen");
        assertThat(titles(text("STARKREGEN"))).containsExactly("Pegel offen teilen");
        assertThat(titles(text("kanalpegel"))).containsExactly("Sensornetze im Kanal");
        assertThat(titles(text("pegel teilen"))).containsExactly("Pegel offen teilen");
        assertThat(titles(text("worum"))).hasSize(2);          // the description: "Worum es in … geht"
        assertThat(titles(text("worum starkregen"))).containsExactly("Pegel offen teilen");
        assertThat(titles(text("Hafen"))).isEmpty();            // an undocumented session is not in the archive
        assertThat(titles(text("100%"))).isEmpty();
        assertThat(archive.search(text("Starkregen")).count()).isEqualTo(1);

        ArchiveEntry sensors = archive.page(text("kanalpegel"), 0, 10).get(0);
        assertThat(sensors.eventSlug()).isEqualTo(p.slug());
        assertThat(sensors.eventTitle()).isEqualTo("Barcamp Kanal");
        assertThat(sensors.hostCity()).isEqualTo(Fixtures.CITY);
        assertThat(sensors.hostNames()).containsExactly("Erika Expertin");
        assertThat(sensors.excerpt()).isEqualTo("Folien: \"Sensoren\" (https://example.org/folien) und Kanalpegel")
                .doesNotContain("**", "<");
    }

    @Test
    void findsWordsInAnyCaseWithUmlautsAndSharpSOrSpeltOut() {
        document(p.erika(), p.slug(), p.sensors(), "Messwerte der Straßenbäume an der MÜLLERSTRASSE");
        document(p.kai(), p.slug(), p.levels(), "Pegel der Kanaele und Stroemungen");
        fixtures.as(p.organizer(), () -> {
            ProposalForm f = proposals.formFor(p.slug(), p.levels());
            f.setTitle("Pegel der Flüsse offen teilen");
            proposals.update(p.slug(), p.levels(), f);
        });

        for (String word : List.of("straßenbäume", "STRASSENBAEUME", "Strassenbäume", "müllerstraße", "Muellerstrasse")) {
            assertThat(titles(text(word))).as(word).containsExactly("Sensornetze im Kanal");
        }
        assertThat(titles(text("Kanäle STRÖMUNGEN"))).containsExactly("Pegel der Flüsse offen teilen");
        assertThat(titles(text("fluesse"))).containsExactly("Pegel der Flüsse offen teilen");   // in the title
        assertThat(titles(text("Mullerstrasse"))).containsExactly("Sensornetze im Kanal");   // u for ü too
        assertThat(titles(text("Flusse"))).containsExactly("Pegel der Flüsse offen teilen");
        assertThat(titles(text("Flösse"))).isEmpty();
        assertThat(ArchiveService.fold("Übergröße")).isEqualTo("ubergrosse");
        assertThat(ArchiveService.words("  Grüße GRUESSE grüsse Gru\u0308sse ")).containsExactly("grusse");
    }

    /**
     * "Muller", "Müller" and "Mueller" (and "Müller" with a combining diaeresis, pasted from a Mac) find the same
     * sessions, by title and by materials, on H2 as on MariaDB (whose utf8mb4_unicode_ci alone would find "Müller"
     * for "Muller" but not "Mueller"); accents alike ("Cafe" finds "Café"); nothing else is equal (an emoji is not
     * any other emoji, as it would be for utf8mb4_unicode_ci).
     */
    @Test
    void muellerMullerAndMuellerFindTheSameSessionsOnEveryDatabase() {
        document(p.erika(), p.slug(), p.sensors(), "Protokoll von Frau Müller, im Café am Hafen 🌊");
        document(p.kai(), p.slug(), p.levels(), "Notizen von Herrn Mueller");
        fixtures.as(p.organizer(), () -> {
            ProposalForm f = proposals.formFor(p.slug(), p.hackathon());
            f.setTitle("Mit Muller an der Trave");
            proposals.update(p.slug(), p.hackathon(), f);
        });
        document(p.organizer(), p.slug(), p.hackathon(), "Ergebnisse");

        for (String word : List.of("Muller", "Müller", "Mueller", "MÜLLER", "MUELLER", "mu\u0308ller")) {
            assertThat(titles(text(word))).as(word)
                    .containsExactlyInAnyOrder("Sensornetze im Kanal", "Pegel offen teilen", "Mit Muller an der Trave");
        }
        for (String word : List.of("Cafe", "café", "CAFÉ", "cafe\u0301")) {
            assertThat(titles(text(word))).as(word).containsExactly("Sensornetze im Kanal");
        }
        assertThat(titles(text("🌊"))).containsExactly("Sensornetze im Kanal");
        assertThat(titles(text("🔥"))).isEmpty();
        assertThat(titles(text("Möller"))).isEmpty();
    }

    @Test
    void filtersByCityAndEventNewestEventFirstAndPages() {
        document(p.erika(), p.slug(), p.sensors(), "Sielwasser-Messungen im Kanal");
        String kiel = kielCamp(3);

        List<ArchiveEntry> all = archive.page(ArchiveQuery.all(), 0, 50);
        assertThat(all).extracting(ArchiveEntry::eventSlug).containsExactly(kiel, kiel, kiel, p.slug());
        assertThat(archive.page(new ArchiveQuery(null, "kiel", null), 0, 50)).extracting(ArchiveEntry::hostCity)
                .containsOnly("Kiel").hasSize(3);
        assertThat(titles(new ArchiveQuery("sielwasser", Fixtures.CITY, null))).containsExactly("Sensornetze im Kanal");
        assertThat(titles(new ArchiveQuery(null, null, p.slug()))).containsExactly("Sensornetze im Kanal");
        assertThat(archive.search(ArchiveQuery.all()).filters().cities()).containsExactly("Kiel", Fixtures.CITY);
        assertThat(archive.search(ArchiveQuery.all()).filters().events()).extracting(ArchiveFilters.EventChoice::slug)
                .containsExactly(kiel, p.slug());
        // A search offers every city and event still, so that one can leave it for another.
        ArchiveResult inKiel = archive.search(new ArchiveQuery("protokoll", "Kiel", kiel));
        assertThat(inKiel.count()).isEqualTo(3);
        assertThat(inKiel.filters()).isEqualTo(archive.search(ArchiveQuery.all()).filters());
        assertThat(archive.search(text("nirgends")).filters().cities()).containsExactly("Kiel", Fixtures.CITY);

        // One search serves every page of the list.
        ArchiveResult everything = archive.search(ArchiveQuery.all());
        assertThat(everything.count()).isEqualTo(4);
        assertThat(archive.entries(everything, 0, 3)).extracting(ArchiveEntry::eventSlug).containsExactly(kiel, kiel, kiel);
        assertThat(archive.entries(everything, 3, 3)).extracting(ArchiveEntry::title).containsExactly("Sensornetze im Kanal");
        assertThat(archive.entries(everything, 3, 3).get(0).excerpt()).isEqualTo("Sielwasser-Messungen im Kanal");
        assertThat(archive.entries(everything, 9, 3)).isEmpty();

        assertThat(archive.page(ArchiveQuery.all(), 0, 2)).extracting(ArchiveEntry::title)
                .containsExactly("Session 0", "Session 1");
        assertThat(archive.page(ArchiveQuery.all(), 2, 2)).extracting(ArchiveEntry::title)
                .containsExactly("Session 2", "Sensornetze im Kanal");
        assertThat(archive.page(ArchiveQuery.all(), 4, 2)).isEmpty();
        assertThat(archive.search(ArchiveQuery.all()).count()).isEqualTo(4);
    }

    @Test
    void leavesOutSessionsOfNonPublicEventsAndCancelledOnes() {
        document(p.erika(), p.slug(), p.sensors(), "Sielwasser");
        String kiel = kielCamp(2);
        assertThat(archive.search(ArchiveQuery.all()).count()).isEqualTo(3);

        // An event that is not public (a draft) shows nothing, whatever its schedule says.
        jdbc.update("update event set state = 'DRAFT' where slug = ?", kiel);
        assertThat(titles(ArchiveQuery.all())).containsExactly("Sensornetze im Kanal");

        // A session cancelled after it was documented leaves the archive.
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.sensors()));
        assertThat(titles(ArchiveQuery.all())).isEmpty();
    }

    @Test
    void aPageLoadCostsTheSameNumberOfQueriesHoweverMuchIsDocumented() {
        document(p.erika(), p.slug(), p.sensors(), "Sielwasser-Messungen");
        long few = queriesForAPageLoad();

        kielCamp(12);
        document(p.kai(), p.slug(), p.levels(), "Sielwasser-Pegel");
        long many = queriesForAPageLoad();

        assertThat(many).isEqualTo(few);
        // Count and filters included: the documented sessions, their events, places, titles and hosts, one query per
        // search word and the page's materials (it was 7 for the page alone, and the page load searched three times).
        assertThat(few).isLessThanOrEqualTo(7);
    }

    @Test
    void thePagesAfterTheFirstCostOneQueryEach() {
        kielCamp(12);
        ArchiveResult found = archive.search(new ArchiveQuery("sielwasser", null, null));
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();

        assertThat(archive.entries(found, 5, 5)).hasSize(5);
        assertThat(archive.entries(found, 10, 5)).hasSize(2);

        assertThat(stats.getPrepareStatementCount()).isEqualTo(2);
    }

    /** A page load: one search (count and filters included) and its first page. */
    private long queriesForAPageLoad() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        ArchiveResult found = archive.search(new ArchiveQuery("sielwasser", null, null));
        List<ArchiveEntry> page = archive.entries(found, 0, 10);
        long count = stats.getPrepareStatementCount();
        assertThat(page).isNotEmpty();
        assertThat(found.filters().events()).isNotEmpty();
        return count;
    }
}
