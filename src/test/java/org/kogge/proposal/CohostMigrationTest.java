package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V10: co-hosts named before consent was asked become pending requests to the same person's email, and nobody is
 * named as co-host any more until they accept. Runs the real migrations on an empty in-memory database.
 */
class CohostMigrationTest {

    @Test
    void existingCohostsBecomePendingRequestsAndAreNoLongerNamed() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:cohost-migration;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("9").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("insert into city (id, name) values (1, 'Lübeck')");
        String person = "insert into person (id, email, display_name, created_at) values (?, ?, ?, '2026-01-01 10:00:00')";
        jdbc.update(person, 1, "erika@test.example", "Erika Expertin");
        jdbc.update(person, 2, "kai@test.example", "Kai Kollege");
        jdbc.update(person, 3, null, "Gelöscht");
        jdbc.update("insert into event (id, slug, title, kind, state, host_city_id, venue_name, starts_at, ends_at, "
                + "time_zone, created_at, updated_at) values (7, 'bc', 'Barcamp', 'BARCAMP', 'PUBLISHED', 1, 'Halle', "
                + "'2026-06-01 08:00:00', '2026-06-01 16:00:00', 'Europe/Berlin', '2026-01-01 10:00:00', "
                + "'2026-01-01 10:00:00')");
        jdbc.update("insert into proposal (id, event_id, host_id, title, format, language, slots, status, created_at, "
                + "updated_at) values (11, 7, 1, 'Gemeinsam', 'DISCUSSION', 'DE', 1, 'OPEN', '2026-02-01 09:00:00', "
                + "'2026-02-02 09:00:00')");
        jdbc.update("insert into proposal_cohost (proposal_id, person_id) values (11, 2), (11, 3)");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        List<Map<String, Object>> requests = jdbc.queryForList(
                "select event_id, proposal_id, email from cohost_request order by id");
        assertThat(requests).containsExactly(Map.of("event_id", 7L, "proposal_id", 11L, "email", "kai@test.example"));
        assertThat(jdbc.queryForObject("select count(*) from proposal_cohost", Long.class)).isZero();
        jdbc.execute("drop all objects");
    }
}
