package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.kogge.common.SearchFold;

/**
 * The archive's search compares the materials' folded text ({@link SearchFold}) instead of folding the body in SQL:
 * MariaDB's {@code utf8mb4_unicode_ci} found "Müller" for "Muller", H2 did not. Adds {@code session_material.search_text}
 * (on MariaDB with the exact collation {@code utf8mb4_bin}, as H2 compares, so that the fold alone decides), fills it
 * for the stored materials and normalizes their bodies to NFC (canonically equivalent: nothing visible changes). A
 * Java migration because the fold is Java's; its checksum is fixed so that {@code MigrationChecksumTest} pins it.
 */
public class V20__Materials_search_text extends BaseJavaMigration {

    static final int CHECKSUM = 20_201_207;

    @Override
    public Integer getChecksum() {
        return CHECKSUM;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        boolean mariaDb = product.contains("mariadb") || product.contains("mysql");
        String type = mariaDb ? "MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "MEDIUMTEXT";
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE session_material ADD COLUMN search_text " + type + " NULL");
        }
        try (Statement read = c.createStatement();
             ResultSet rows = read.executeQuery("SELECT session_id, body FROM session_material");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE session_material SET body = ?, search_text = ? WHERE session_id = ?")) {
            while (rows.next()) {
                String body = Normalizer.normalize(rows.getString(2), Normalizer.Form.NFC);
                write.setString(1, body);
                write.setString(2, SearchFold.fold(body));
                write.setLong(3, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute(mariaDb ? "ALTER TABLE session_material MODIFY search_text " + type + " NOT NULL"
                    : "ALTER TABLE session_material ALTER COLUMN search_text SET NOT NULL");
        }
    }
}
