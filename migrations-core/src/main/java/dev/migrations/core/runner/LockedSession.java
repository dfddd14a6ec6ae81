package dev.migrations.core.runner;

import dev.migrations.core.script.Statement;
import java.sql.SQLException;

/** A connection on which the migration lock is held; closing it releases the lock and keeps completed work. */
public interface LockedSession extends AutoCloseable {

    /** Starts the atomic unit of one revision (its statements and its version-table row). */
    void beginRevision() throws SQLException;

    /** Makes the revision's unit permanent. */
    void commitRevision() throws SQLException;

    /**
     * Makes the revision's unit permanent by the time {@code next} starts, where {@code next} is the statement the
     * caller runs next on this connection. By default it commits now. A database that commits an open transaction
     * by itself before such a statement (MariaDB and MySQL before a schema change) may leave the commit to it, which
     * saves a commit, and its flush to disk, per revision. A unit left open that way is committed by
     * {@link #beginRevision()}, {@link #commitRevision()}, {@link #runInOneTransaction} and {@link #close()}, never
     * undone, so a caller that ends up not running {@code next} loses nothing.
     *
     * <pre>{@code
     * session.beginRevision();
     * // write the revision's version row
     * session.commitRevisionBefore(new Statement("CREATE TABLE book (id BIGINT PRIMARY KEY)", 3));
     * }</pre>
     */
    default void commitRevisionBefore(Statement next) throws SQLException {
        commitRevision();
    }

    /** Undoes everything since {@link #beginRevision()}. */
    void rollbackRevision() throws SQLException;

    /**
     * Runs {@code work} with the connection in auto-commit mode, for a revision marked no-transaction. Whether
     * the lock stays held meanwhile depends on the database (see the implementation).
     */
    void runWithoutTransaction(SqlWork work) throws SQLException;

    /**
     * Runs {@code work} as one transaction of its own, inside a revision that runs statement by statement: a
     * statement that changes rows and the update of the revision's progress mark, so that the mark counts the
     * statement exactly when its rows are in. Undone as a whole when {@code work} fails.
     */
    default void runInOneTransaction(SqlWork work) throws SQLException {
        beginRevision();
        try {
            work.run();
        } catch (SQLException | RuntimeException e) {
            try {
                rollbackRevision();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        commitRevision();
    }

    /** Releases the lock; completed revisions stay. */
    @Override
    void close() throws SQLException;

    /** Work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws SQLException;
    }
}
