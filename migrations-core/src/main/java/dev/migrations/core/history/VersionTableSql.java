package dev.migrations.core.history;

/**
 * The version table's SQL for one kind of database. Statements with {@code ?} are run as prepared statements;
 * the {@code literal} forms are for offline scripts.
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

    /** Every row: id, message, checksum, applied_at, applied_by, execution_ms. */
    String selectAll();

    /** Inserts a row; parameters in column order. */
    String insert();

    /** Deletes the row of one id. */
    String delete();

    /** Deletes every row. */
    String deleteAll();

    /** Sets checksum and message of one id: parameters checksum, message, id. */
    String updateChecksum();

    /** Inserts a row for an offline script; the applied time is the database's clock. */
    String insertLiteral(String id, String message, String checksum, String appliedBy);

    /** Deletes one row, for an offline script. */
    String deleteLiteral(String id);
}
