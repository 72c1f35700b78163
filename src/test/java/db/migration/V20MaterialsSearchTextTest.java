package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V20 fills the folded search text of materials stored before it, and stores their bodies composed (NFC). */
class V20MaterialsSearchTextTest {

    @Test
    void storedMaterialsGetTheirFoldedSearchTextAndAComposedBody() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:v20-search-text;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("19").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
        jdbc.update("INSERT INTO session_material (session_id, event_id, body, edited_by, edited_at, version)"
                + " VALUES (1, 1, ?, NULL, CURRENT_TIMESTAMP, 3)", "Protokoll von Frau Mu\u0308ller im Café");
        jdbc.update("INSERT INTO session_material (session_id, event_id, body, edited_by, edited_at, version)"
                + " VALUES (2, 1, 'Straßenbäume', NULL, CURRENT_TIMESTAMP, 0)");
        jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        Map<String, Object> first = jdbc.queryForMap(
                "SELECT body, search_text, version FROM session_material WHERE session_id = 1");
        assertThat(first.get("body")).isEqualTo("Protokoll von Frau Müller im Café");
        assertThat(first.get("search_text")).isEqualTo("protokoll von frau muller im cafe");
        assertThat(((Number) first.get("version")).longValue()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT search_text FROM session_material WHERE session_id = 2", String.class))
                .isEqualTo("strassenbaume");
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'session_material' AND column_name = 'search_text'", String.class))
                .isEqualTo("NO");
        jdbc.execute("DROP ALL OBJECTS");
    }
}
