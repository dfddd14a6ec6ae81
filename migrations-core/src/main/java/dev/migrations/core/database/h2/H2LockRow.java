package dev.migrations.core.database.h2;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.LockedSession;
import dev.migrations.core.runner.TransactionPerRevision;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * H2's lock: one row of the table {@code migrations_lock}, locked with {@code SELECT … FOR UPDATE} by a second
 * connection whose transaction stays open for the whole command. H2 commits every DDL statement, and with it the
 * transaction of the connection that runs it, so the lock cannot live on the command's own connection. The row
 * lock belongs to the lock connection's session: when the process dies the connection closes, the transaction
 * rolls back and the lock is gone, so it is never stale.
 *
 * <p>Revisions run on the command's connection in auto-commit mode; only the version row of a revision is
 * written in a transaction.
 *
 * <pre>{@code
 * try (LockedSession session = new H2LockRow().acquire(connection, connections, Duration.ofMinutes(5), listener)) {
 *     // run revisions on connection; no other process holds the row meanwhile
 * }
 * }</pre>
 */
public final class H2LockRow implements DatabaseLock {

    /** The table holding the lock row; the {@code migrations_} prefix keeps it out of every diff. */
    public static final String TABLE = "migrations_lock";
    private static final int LOCK_TIMEOUT = 50200;
    private static final int DEADLOCK = 40001;
    private static final int DUPLICATE_KEY = 23505;
    private static final Duration WAIT_SLICE = Duration.ofSeconds(2);

    @Override
    public LockedSession acquire(Connection connection, JdbcConnections connections, Duration timeout,
                                 MigrationListener listener) throws SQLException {
        connection.setAutoCommit(true);
        Connection lock = connections.open();
        try {
            lock.setAutoCommit(true);
            ensureRow(lock);
            lock.setAutoCommit(false);
            waitForRow(lock, timeout, listener);
            return new TransactionPerRevision(connection, () -> {
                try {
                    lock.rollback();
                } finally {
                    lock.close();
                }
            });
        } catch (SQLException | RuntimeException e) {
            try {
                lock.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private static void ensureRow(Connection lock) throws SQLException {
        execute(lock, "CREATE TABLE IF NOT EXISTS " + TABLE + " (id INTEGER NOT NULL PRIMARY KEY)");
        try {
            execute(lock, "INSERT INTO " + TABLE + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + TABLE
                    + " WHERE id = 1)");
        } catch (SQLException e) {
            if (e.getErrorCode() != DUPLICATE_KEY) {
                throw e;
            }
            // another process inserted the row at the same moment: it exists, which is all we need
        }
    }

    /**
     * Locks the row. The first attempt hardly waits, so that a command that finds the lock taken says so at once;
     * then it waits in slices of at most {@link #WAIT_SLICE} until the timeout passes.
     */
    private static void waitForRow(Connection lock, Duration timeout, MigrationListener listener)
            throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        // H2 takes 0 as no setting (it then waits seconds), so the first attempt waits one millisecond
        long slice = 1;
        while (true) {
            // a session setting: it neither commits nor ends the transaction, and no row is locked yet
            execute(lock, "SET LOCK_TIMEOUT " + slice);
            try {
                execute(lock, "SELECT id FROM " + TABLE + " WHERE id = 1 FOR UPDATE");
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != LOCK_TIMEOUT && e.getErrorCode() != DEADLOCK) {
                    throw e;
                }
                lock.rollback();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new DatabaseException("DB-003", "Another process held the migration lock (a row of "
                            + TABLE + ") for longer than the lock timeout (" + timeout.toSeconds() + " s). Wait "
                            + "until its migration ends, then run the command again.", e);
                }
                if (!announced) {
                    listener.info("Waiting for the migration lock (another process is migrating)");
                    announced = true;
                }
                slice = Math.max(1, Math.min(WAIT_SLICE.toMillis(), left / 1_000_000));
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
