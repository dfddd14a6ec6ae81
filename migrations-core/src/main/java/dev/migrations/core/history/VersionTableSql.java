package dev.migrations.core.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The version table's SQL for one kind of database. Statements with {@code ?} are run as prepared statements;
 * the {@code literal} forms are for offline scripts. A database supplies how the table is created, how its
 * existence is asked and how "now" is written; the row statements are the same everywhere.
 *
 * <p>Columns: {@code version_id} (primary key), {@code message}, {@code checksum}, {@code applied_at},
 * {@code applied_by}, {@code execution_ms}.
 */
public interface VersionTableSql {

    /** The table's name as written in SQL, with its schema when one is configured. */
    String qualifiedName();

    /** Creates the table if it does not exist. */
    String createTable();

    /** A query that returns at least one row exactly when the table exists (no parameters). */
    String existsQuery();

    /**
     * Whether the table exists; by default runs {@link #existsQuery()}. A database without a catalogue query every
     * version answers (Derby has no {@code INFORMATION_SCHEMA}) asks the driver's metadata instead.
     */
    default boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(existsQuery())) {
            return rows.next();
        }
    }

    /** The database's current time as text sortable like {@code 2026-01-31 12:00:00.000}, for offline scripts. */
    String currentTimeExpression();

    /** Every row: id, message, checksum, applied_at, applied_by, execution_ms. */
    default String selectAll() {
        return "SELECT version_id, message, checksum, applied_at, applied_by, execution_ms FROM " + qualifiedName()
                + " ORDER BY applied_at, version_id";
    }

    /** The id of one revision's row, if it has one; one parameter: the id. */
    default String selectOne() {
        return "SELECT version_id FROM " + qualifiedName() + " WHERE version_id = ?";
    }

    /** Inserts a row; parameters in column order. */
    default String insert() {
        return "INSERT INTO " + qualifiedName()
                + " (version_id, message, checksum, applied_at, applied_by, execution_ms) VALUES (?, ?, ?, ?, ?, ?)";
    }

    /** Deletes the row of one id. */
    default String delete() {
        return "DELETE FROM " + qualifiedName() + " WHERE version_id = ?";
    }

    /** Deletes every row. */
    default String deleteAll() {
        return "DELETE FROM " + qualifiedName();
    }

    /** Sets checksum and message of one id: parameters checksum, message, id. */
    default String updateChecksum() {
        return "UPDATE " + qualifiedName() + " SET checksum = ?, message = ? WHERE version_id = ?";
    }

    /** Inserts a row for an offline script; the applied time is the database's clock. */
    default String insertLiteral(String id, String message, String checksum, String appliedBy) {
        return "INSERT INTO " + qualifiedName()
                + " (version_id, message, checksum, applied_at, applied_by, execution_ms) VALUES ("
                + literal(id) + ", " + literal(message) + ", " + literal(checksum) + ", "
                + currentTimeExpression() + ", " + literal(appliedBy) + ", 0)";
    }

    /** Deletes one row, for an offline script. */
    default String deleteLiteral(String id) {
        return "DELETE FROM " + qualifiedName() + " WHERE version_id = " + literal(id);
    }

    /** An SQL string literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
