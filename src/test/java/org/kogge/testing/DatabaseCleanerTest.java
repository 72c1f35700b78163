package org.kogge.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cleaner empties the tables and leaves foreign keys enforced on every pooled connection: a connection handed
 * back with the checks off would let a later test store dangling references without noticing.
 */
class DatabaseCleanerTest extends ServiceTestBase {

    @Autowired DatabaseCleaner cleaner;
    @Autowired DataSource dataSource;

    @Test
    void cleaningEmptiesTheTablesAndEveryPooledConnectionStillChecksForeignKeys() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isPositive();

        for (int i = 0; i < 3; i++) {
            cleaner.clean();
        }

        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from city", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Long.class)).isPositive();
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                borrowed.add(dataSource.getConnection());
            }
            for (Connection c : borrowed) {
                assertThatThrownBy(() -> insertDanglingPerson(c))
                        .as("a person pointing at a city that does not exist is refused")
                        .isInstanceOf(SQLException.class);
            }
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    private static void insertDanglingPerson(Connection c) throws SQLException {
        try (var insert = c.prepareStatement("insert into person (email, display_name, city_id, created_at)"
                + " values ('dangling@test.example', 'Dangling', 987654321, current_timestamp)")) {
            insert.executeUpdate();
        }
    }
}
