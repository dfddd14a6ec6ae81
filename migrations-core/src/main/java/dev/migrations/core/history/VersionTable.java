package dev.migrations.core.history;

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

/** Reads and writes the version table over JDBC. */
public final class VersionTable {

    private static final DateTimeFormatter APPLIED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final VersionTableSql sql;
    /** What {@link #readAhead} read, until {@link #takeReadAhead()} takes it. */
    private Snapshot readAhead;

    /**
     * The table as one reading found it.
     *
     * @param exists whether the table exists
     * @param rows   its rows; empty when it does not exist
     */
    public record Snapshot(boolean exists, List<AppliedRevision> rows) {
    }

    public VersionTable(VersionTableSql sql) {
        this.sql = sql;
    }

    public String name() {
        return sql.qualifiedName();
    }

    public boolean exists(Connection connection) throws SQLException {
        return sql.exists(connection);
    }

    /** Creates the table; returns whether it did not exist before. */
    public boolean createIfMissing(Connection connection) throws SQLException {
        if (exists(connection)) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql.createTable());
        }
        return true;
    }

    /**
     * Reads the table now, on a connection opened ahead of the command, for the command to take with
     * {@link #takeReadAhead()}. It ends the reading's transaction when the connection does not commit by itself.
     */
    public void readAhead(Connection connection) throws SQLException {
        Snapshot snapshot = exists(connection) ? new Snapshot(true, read(connection)) : new Snapshot(false, List.of());
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        synchronized (this) {
            readAhead = snapshot;
        }
    }

    /** What {@link #readAhead} read, once; {@code null} when nothing was read ahead. */
    public synchronized Snapshot takeReadAhead() {
        Snapshot snapshot = readAhead;
        readAhead = null;
        return snapshot;
    }

    public List<AppliedRevision> read(Connection connection) throws SQLException {
        List<AppliedRevision> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql.selectAll())) {
            while (result.next()) {
                rows.add(new AppliedRevision(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getLong(6)));
            }
        }
        return rows;
    }

    /** Whether revision {@code id} has a row: one lookup by the primary key, whatever the table's size. */
    public boolean contains(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.selectOne())) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    public void insert(Connection connection, String id, String message, String checksum, Instant appliedAt,
                       String appliedBy, long executionMs) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.insert())) {
            statement.setString(1, id);
            statement.setString(2, message);
            statement.setString(3, checksum);
            statement.setString(4, APPLIED_AT.format(appliedAt));
            statement.setString(5, appliedBy);
            statement.setLong(6, executionMs);
            statement.executeUpdate();
        }
    }

    /** Deletes the row of {@code id}; returns how many rows it deleted (0 when it had none). */
    public int delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.delete())) {
            statement.setString(1, id);
            return statement.executeUpdate();
        }
    }

    public void deleteAll(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql.deleteAll());
        }
    }

    public void updateChecksum(Connection connection, String id, String checksum, String message)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.updateChecksum())) {
            statement.setString(1, checksum);
            statement.setString(2, message);
            statement.setString(3, id);
            statement.executeUpdate();
        }
    }
}
