package org.kogge.testing;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties every table but Flyway's, on H2 and on MariaDB, so that each test starts from a known state; among them
 * event_publication, so that no publication left incomplete by one test is republished into another.
 */
@Component
public class DatabaseCleaner {

    private final JdbcTemplate jdbc;
    private final boolean mariadb;

    public DatabaseCleaner(DataSource dataSource) throws Exception {
        this.jdbc = new JdbcTemplate(dataSource);
        try (var c = dataSource.getConnection()) {
            this.mariadb = c.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")
                    || c.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql");
        }
    }

    public boolean isMariaDb() {
        return mariadb;
    }

    public void clean() {
        List<String> tables = jdbc.queryForList(mariadb
                ? "select table_name from information_schema.tables where table_schema = database() and table_type = 'BASE TABLE'"
                : "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
        jdbc.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 0" : "SET REFERENTIAL_INTEGRITY FALSE");
        try {
            for (String table : tables) {
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    jdbc.execute("DELETE FROM " + table);
                }
            }
        } finally {
            jdbc.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
        }
    }
}
