package dev.migrations.core.develop;

import dev.migrations.core.database.Database;
import dev.migrations.core.history.VersionTableSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table {@value #NAME} that remembers which seed scripts a development database has run, so that a restart does
 * not load them twice: one row per script (its file name, its checksum, when it ran). Written in SQL every database
 * takes.
 *
 * <pre>{@code
 * SeedTable seeds = new SeedTable(database, null);
 * seeds.createIfMissing(connection);
 * Map<String, String> ran = seeds.read(connection);   // file name -> checksum
 * }</pre>
 */
public final class SeedTable {

    /** The table's name; the {@code migrations_} prefix keeps it out of every diff. */
    public static final String NAME = "migrations_seed";

    private final VersionTableSql catalogue;

    /**
     * @param database the database (its catalogue query tells whether the table exists)
     * @param schema   the schema the table lives in, or {@code null} for the connection's current one
     */
    public SeedTable(Database database, String schema) {
        this.catalogue = database.versionTable(NAME, schema);
    }

    /** The name as written in SQL. */
    public String name() {
        return catalogue.qualifiedName();
    }

    /** Whether the table exists. */
    public boolean exists(Connection connection) throws SQLException {
        return catalogue.exists(connection);
    }

    /** Creates the table when it is missing; returns whether it did. */
    public boolean createIfMissing(Connection connection) throws SQLException {
        if (exists(connection)) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + name() + " (script VARCHAR(255) NOT NULL PRIMARY KEY, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at VARCHAR(40) NOT NULL)");
        }
        return true;
    }

    /** The scripts that ran, by file name, with their checksums; empty when the table does not exist. */
    public Map<String, String> read(Connection connection) throws SQLException {
        Map<String, String> ran = new LinkedHashMap<>();
        if (!exists(connection)) {
            return ran;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT script, checksum FROM " + name() + " ORDER BY script")) {
            while (rows.next()) {
                ran.put(rows.getString(1), rows.getString(2));
            }
        }
        return ran;
    }

    /** Records that a script ran. */
    public void insert(Connection connection, String script, String checksum, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + name()
                + " (script, checksum, applied_at) VALUES (?, ?, ?)")) {
            statement.setString(1, script);
            statement.setString(2, checksum);
            statement.setString(3, at.toString());
            statement.executeUpdate();
        }
    }
}
