package org.kogge.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kogge.common.feed.ChangeStamps;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties every table but Flyway's, on H2 and on MariaDB, so that each test starts from a known state (event_publication
 * too, so that no publication left incomplete by one test is republished into another). The foreign
 * key checks are switched off, the tables emptied and the checks switched on again on one and the same connection:
 * MariaDB's {@code FOREIGN_KEY_CHECKS} belongs to a session, so a switch through another pooled connection would
 * not cover the deletes, and a connection handed back to the pool with the checks off would let later tests store
 * dangling references. The checks come back on even when a delete fails.
 */
@Component
public class DatabaseCleaner {

    private final JdbcTemplate jdbc;
    private final boolean mariadb;
    private final ChangeStamps stamps;

    public DatabaseCleaner(DataSource dataSource, ChangeStamps stamps) throws Exception {
        this.jdbc = new JdbcTemplate(dataSource);
        this.stamps = stamps;
        try (var c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            this.mariadb = product.contains("maria") || product.contains("mysql");
        }
    }

    public boolean isMariaDb() {
        return mariadb;
    }

    /** Empties every table; a bulk change that bypasses Hibernate, so every cached feed is told (ChangeStamps). */
    public void clean() {
        jdbc.execute((ConnectionCallback<Void>) this::clean);
        stamps.allChanged();
    }

    private Void clean(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            List<String> tables = tables(sql);
            sql.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 0" : "SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (String table : tables) {
                    sql.executeUpdate("DELETE FROM " + table);
                }
            } finally {
                sql.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        return null;
    }

    private List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var rows = sql.executeQuery(mariadb
                ? "select table_name from information_schema.tables where table_schema = database() and table_type = 'BASE TABLE'"
                : "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }
}
