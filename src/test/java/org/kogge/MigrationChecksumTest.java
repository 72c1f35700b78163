package org.kogge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * Landed migrations never change: a database that ran a migration keeps Flyway's checksum of it, and Flyway refuses
 * to start when the file no longer matches (as happened once with V5). This test pins the checksum of every
 * migration on main; a change to the schema goes into a new migration, whose checksum is added here.
 */
class MigrationChecksumTest {

    /** Version and Flyway's checksum of every migration that has landed. Never edit a line; only add new ones. */
    static final Map<String, Integer> LANDED = pinned(
            "1", 388234087,
            "2", 584785200,
            "3", 838974169,
            "4", -544158363,
            "5", 338279653,
            "7", -1250284115,
            "9", -2088988133,
            "10", 129023028,
            "11", 1472801973,
            "12", 1782275520,
            "13", -2005248321,
            "14", -946814047,
            "15", -1111491181,
            "16", -948030334,
            "17", 1054061639,
            "18", -748645360,
            "19", -1306008793,
            "20", 20201207,
            "21", 1132017750);

    @Test
    void landedMigrationsAreUnchangedAndNewOnesArePinned() {
        Map<String, Integer> found = checksums();
        assertThat(found.keySet())
                .as("Landed migrations are never deleted or renamed (Flyway validates every applied version).")
                .containsAll(LANDED.keySet());
        Map<String, String> changed = new TreeMap<>();
        LANDED.forEach((version, checksum) -> {
            if (!checksum.equals(found.get(version))) {
                changed.put("V" + version, "pinned " + checksum + ", now " + found.get(version));
            }
        });
        assertThat(changed)
                .as("Landed migrations have changed: databases that ran them fail Flyway's validation. Undo the edit"
                        + " and put the change into a new migration.")
                .isEmpty();
        Map<String, Integer> added = new TreeMap<>(found);
        added.keySet().removeAll(LANDED.keySet());
        assertThat(added)
                .as("New migrations: once they land, pin them by adding to MigrationChecksumTest.LANDED: %s",
                        added.entrySet().stream().map(e -> "\"" + e.getKey() + "\", " + e.getValue())
                                .collect(Collectors.joining(",\n")))
                .isEmpty();
    }

    /** Flyway's own checksums of the migrations on the classpath, read on an empty in-memory database. */
    static Map<String, Integer> checksums() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:migration-checksums;MODE=MariaDB;DATABASE_TO_LOWER=TRUE", "sa", "")
                .locations("classpath:db/migration")
                .load();
        return Arrays.stream(flyway.info().all()).filter(m -> m.getVersion() != null)
                .collect(Collectors.toMap(m -> m.getVersion().getVersion(), MigrationInfo::getChecksum,
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, Integer> pinned(Object... versionsAndChecksums) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < versionsAndChecksums.length; i += 2) {
            map.put((String) versionsAndChecksums[i], (Integer) versionsAndChecksums[i + 1]);
        }
        return map;
    }
}
