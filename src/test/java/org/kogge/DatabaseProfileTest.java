package org.kogge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kogge.testing.SharedAppContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The suite runs twice in CI, on H2 and on MariaDB. This test makes sure that the second run really talks to
 * MariaDB: with the {@code mariadb} profile the database must be MariaDB, without it H2. {@code .ci/run} also sets
 * {@code KOGGE_TEST_EXPECT_DATABASE} for each run, so that a profile that never reaches the tests (and would make
 * CI test H2 twice) fails here too.
 */
@SharedAppContext
class DatabaseProfileTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void testsRunOnTheDatabaseTheirProfileNames() throws Exception {
        boolean mariadbProfile = environment.acceptsProfiles(Profiles.of("mariadb"));
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            String url = c.getMetaData().getURL();
            if (mariadbProfile) {
                assertThat(product).isEqualTo("MariaDB");
                assertThat(url).startsWith("jdbc:mariadb:");
            } else {
                assertThat(product).isEqualTo("H2");
                assertThat(url).startsWith("jdbc:h2:mem:");
            }
        }
    }

    @Test
    void testsRunWithTheTestProfile() {
        assertThat(environment.getActiveProfiles()).contains("test");
    }

    @Test
    void databaseIsTheOneTheCiRunExpects() throws Exception {
        String expected = System.getenv("KOGGE_TEST_EXPECT_DATABASE");
        assumeTrue(expected != null && !expected.isBlank(), "set by .ci/run only");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
