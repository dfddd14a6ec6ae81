package dev.migrations.core.runner;

import dev.migrations.core.api.MigrationListener;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that keeps two processes from migrating one database at once. It is taken on the command's own
 * connection and is session-scoped (a transaction, an advisory lock, a lock row inside a transaction): when a
 * process dies its connection closes and the lock is gone, so no stale lock can remain.
 *
 * <p>How a revision is made atomic while the lock is held depends on the database, so the lock hands out the
 * {@link LockedSession} that begins, commits and rolls back revisions: SQLite's lock is its write transaction,
 * so revisions there are savepoints inside it; an advisory lock leaves plain transactions free.
 */
public interface DatabaseLock {

    /**
     * Blocks until the lock is held or {@code timeout} passes.
     *
     * @param connection  the command's connection
     * @param connections opens another connection, for a lock that cannot live on the command's own
     * @param timeout     how long to wait for another process
     * @param listener    told when the command has to wait
     * @throws dev.migrations.core.api.DatabaseException ({@code DB-003}) when the timeout passes
     */
    LockedSession acquire(Connection connection, JdbcConnections connections, Duration timeout,
                          MigrationListener listener) throws SQLException;
}
