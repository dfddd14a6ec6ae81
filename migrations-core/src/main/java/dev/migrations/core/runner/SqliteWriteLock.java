package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * SQLite's lock: the database write lock, taken with {@code BEGIN IMMEDIATE} and held by one transaction for the
 * whole command. Revisions are savepoints inside that transaction, so a failing revision rolls back alone and the
 * earlier ones are committed when the lock is released. A waiting process retries under
 * {@code PRAGMA busy_timeout} until the command's lock timeout.
 *
 * <p>SQLite cannot run some statements (VACUUM, some PRAGMAs) inside a transaction, so a no-transaction revision
 * commits the work so far, runs in auto-commit mode and takes the lock again afterwards; while it runs, another
 * process may take the lock.
 */
public final class SqliteWriteLock implements DatabaseLock {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final Duration BUSY_SLICE = Duration.ofSeconds(2);

    @Override
    public LockedSession acquire(Connection connection, JdbcConnections connections, Duration timeout,
                                 MigrationListener listener) throws SQLException {
        connection.setAutoCommit(true);
        execute(connection, "PRAGMA busy_timeout = " + Math.min(BUSY_SLICE.toMillis(), timeout.toMillis()));
        begin(connection, timeout, listener);
        return new Session(connection, timeout, listener);
    }

    private static void begin(Connection connection, Duration timeout, MigrationListener listener)
            throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        while (true) {
            try {
                execute(connection, "BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                if (!isBusy(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new DatabaseException("DB-003", "Another process held the database write lock for "
                            + "longer than the lock timeout (" + timeout.toSeconds() + " s). Wait until its "
                            + "migration ends, then run the command again.", e);
                }
                if (!announced) {
                    listener.info("Waiting for the database write lock (another process is migrating)");
                    announced = true;
                }
            }
        }
    }

    static boolean isBusy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED || message.contains("sqlite_busy")
                || message.contains("database is locked");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static final class Session implements LockedSession {
        private static final String SAVEPOINT = "migrations_revision";
        private final Connection connection;
        private final Duration timeout;
        private final MigrationListener listener;
        private boolean held = true;

        Session(Connection connection, Duration timeout, MigrationListener listener) {
            this.connection = connection;
            this.timeout = timeout;
            this.listener = listener;
        }

        @Override
        public void beginRevision() throws SQLException {
            execute(connection, "SAVEPOINT " + SAVEPOINT);
        }

        @Override
        public void commitRevision() throws SQLException {
            execute(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
        }

        @Override
        public void rollbackRevision() throws SQLException {
            try {
                execute(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                execute(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
            } catch (SQLException e) {
                // the savepoint is gone: SQLite rolled back the whole transaction, and with it released the lock
                held = false;
                throw e;
            }
        }

        @Override
        public void runWithoutTransaction(SqlWork work) throws SQLException {
            execute(connection, "COMMIT");
            held = false;
            try {
                work.run();
            } finally {
                begin(connection, timeout, listener);
                held = true;
            }
        }

        @Override
        public void close() throws SQLException {
            if (held && !connection.isClosed()) {
                held = false;
                execute(connection, "COMMIT");
            }
        }
    }
}
