package dev.migrations.core.history;

import dev.migrations.core.database.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@value #NAME}: a mark for each revision that is running statement by statement (where DDL commits by
 * itself, or a no-transaction script), with how many of its statements are known to have completed. The mark is
 * written before the first statement, advanced in the transaction of each statement that changes rows (but the
 * last; schema changes commit by themselves and are not counted one by one), and removed in the transaction that
 * records the revision, or when a failing statement has been reported. When the command's next revision also runs
 * statement by statement, that transaction hands the mark over to it instead ({@link #handOver}), which saves a
 * commit per revision where each commit is a disk flush. A mark that is still there when the next command holds the
 * lock is a run that ended without either: its process was killed or lost its connection, and the revision is half
 * applied.
 *
 * <pre>{@code
 * RevisionProgress progress = new RevisionProgress(database, null, "migrations_version");
 * progress.begin(connection, "1a2b3c4d5e6f", "upgrade", 3, Instant.now(), "deploy");
 * progress.advance(connection, "1a2b3c4d5e6f", 1);
 * progress.handOver(connection, "1a2b3c4d5e6f", "9f8e7d6c5b4a", "upgrade", 2, Instant.now(), "deploy");
 * List<RevisionProgress.Mark> interrupted = progress.read(connection);
 * }</pre>
 */
public final class RevisionProgress {

    /** The table's name; the {@code migrations_} prefix keeps it out of every diff. */
    public static final String NAME = "migrations_progress";
    private static final DateTimeFormatter STARTED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** A revision that started running statement by statement and has not ended. */
    public record Mark(String revision, String direction, int done, int total, String startedAt, String startedBy) {
    }

    private final VersionTableSql catalogue;
    private final String versionTable;
    /** Whether the table is known to exist: once seen (or made) in a command, it is not looked up again. */
    private boolean present;

    /**
     * @param schema       the schema of the version table, or {@code null} for the connection's current one
     * @param versionTable the version table the marks belong to (several may share a schema)
     */
    public RevisionProgress(Database database, String schema, String versionTable) {
        this.catalogue = database.versionTable(NAME, schema);
        this.versionTable = versionTable;
    }

    /** The name as written in SQL. */
    public String name() {
        return catalogue.qualifiedName();
    }

    /** Whether the table exists; asked of the catalogue until it does. */
    private boolean exists(Connection connection) throws SQLException {
        present = present || catalogue.exists(connection);
        return present;
    }

    /** The marks of this version table; empty when the table does not exist. */
    public List<Mark> read(Connection connection) throws SQLException {
        List<Mark> marks = new ArrayList<>();
        if (!exists(connection)) {
            return marks;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT revision, direction, statements_done, "
                + "statements_total, started_at, started_by FROM " + name() + " WHERE version_table = ? "
                + "ORDER BY started_at, revision")) {
            s.setString(1, versionTable);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    marks.add(new Mark(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                            rows.getString(5), rows.getString(6)));
                }
            }
        }
        return marks;
    }

    /**
     * Marks a revision as started (creating the table when it is missing); the connection commits by itself. The
     * revision has no mark yet: a command finds every mark of its version table ({@link #read}) and refuses to run
     * while there is one, and removes each mark it makes.
     */
    public void begin(Connection connection, String revision, String direction, int total, Instant at,
                      String startedBy) throws SQLException {
        if (!exists(connection)) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE " + name() + " (version_table VARCHAR(128) NOT NULL, "
                        + "revision VARCHAR(64) NOT NULL, direction VARCHAR(10) NOT NULL, "
                        + "statements_done INTEGER NOT NULL, statements_total INTEGER NOT NULL, "
                        + "started_at VARCHAR(40) NOT NULL, started_by VARCHAR(255) NOT NULL, "
                        + "PRIMARY KEY (version_table, revision))");
            }
            present = true;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO " + name() + " (version_table, revision, "
                + "direction, statements_done, statements_total, started_at, started_by) VALUES (?, ?, ?, 0, ?, ?, ?)")) {
            s.setString(1, versionTable);
            s.setString(2, revision);
            s.setString(3, direction);
            s.setInt(4, total);
            s.setString(5, STARTED_AT.format(at));
            s.setString(6, startedBy == null ? "" : startedBy);
            s.executeUpdate();
        }
    }

    /**
     * Records that the revision's first {@code done} statements completed; in the transaction of the statement that
     * completes them, so that the count and its rows commit together.
     */
    public void advance(Connection connection, String revision, int done) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE " + name() + " SET statements_done = ? "
                + "WHERE version_table = ? AND revision = ?")) {
            s.setInt(1, done);
            s.setString(2, versionTable);
            s.setString(3, revision);
            s.executeUpdate();
        }
    }

    /**
     * Moves the mark of {@code revision}, whose last statement has completed, to {@code next}, with none of its
     * statements done yet: in the transaction that records {@code revision}, so that recording one revision and
     * marking the next are one commit. Writes a new mark when {@code revision} has none.
     */
    public void handOver(Connection connection, String revision, String next, String direction, int total,
                         Instant at, String startedBy) throws SQLException {
        int moved;
        try (PreparedStatement s = connection.prepareStatement("UPDATE " + name() + " SET revision = ?, "
                + "direction = ?, statements_done = 0, statements_total = ?, started_at = ?, started_by = ? "
                + "WHERE version_table = ? AND revision = ?")) {
            s.setString(1, next);
            s.setString(2, direction);
            s.setInt(3, total);
            s.setString(4, STARTED_AT.format(at));
            s.setString(5, startedBy == null ? "" : startedBy);
            s.setString(6, versionTable);
            s.setString(7, revision);
            moved = s.executeUpdate();
        }
        if (moved == 0) {
            begin(connection, next, direction, total, at, startedBy);
        }
    }

    /** Removes the revision's mark, if any. */
    public void end(Connection connection, String revision) throws SQLException {
        if (!exists(connection)) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + name()
                + " WHERE version_table = ? AND revision = ?")) {
            s.setString(1, versionTable);
            s.setString(2, revision);
            s.executeUpdate();
        }
    }

    /** Removes every mark of this version table; returns the ones removed. */
    public List<Mark> clear(Connection connection) throws SQLException {
        List<Mark> marks = read(connection);
        if (!marks.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + name()
                    + " WHERE version_table = ?")) {
                s.setString(1, versionTable);
                s.executeUpdate();
            }
        }
        return marks;
    }
}
