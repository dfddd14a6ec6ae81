package dev.migrations.core.database.sqlite;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.LockedSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * SQLite's lock: an operating-system lock on {@code <database file>.migrations-lock} ({@link MigrationLockFile}),
 * held for the whole command, and for each revision its own {@code BEGIN IMMEDIATE} transaction.
 *
 * <p>SQLite's write lock alone cannot serve: it is a transaction, so it cannot stay held while a no-transaction
 * revision runs (another process would take it and run the same revision), and holding it for the whole command
 * would make every revision a savepoint of one transaction that a killed process rolls back entirely, including
 * revisions already reported as done. The file lock is independent of transactions, and the operating system
 * releases it when the process dies, so it is never stale. In-memory and temporary databases live inside one
 * connection and need no file lock. Each transaction waits for other writers under {@code PRAGMA busy_timeout}
 * until the command's lock timeout.
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
        Optional<Path> database = SqliteDatabase.databaseFile(connections.url());
        MigrationLockFile lock = database.isPresent()
                ? MigrationLockFile.acquire(MigrationLockFile.besides(database.get()), timeout, listener) : null;
        return new Session(connection, timeout, listener, lock);
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
                    throw new DatabaseException("DB-003", "Another connection held the database write lock for "
                            + "longer than the lock timeout (" + timeout.toSeconds() + " s). Wait until it ends "
                            + "its transaction, then run the command again.", e);
                }
                if (!announced) {
                    listener.info("Waiting for the database write lock (another connection is writing)");
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
        private final Connection connection;
        private final Duration timeout;
        private final MigrationListener listener;
        private final MigrationLockFile lock;

        Session(Connection connection, Duration timeout, MigrationListener listener, MigrationLockFile lock) {
            this.connection = connection;
            this.timeout = timeout;
            this.listener = listener;
            this.lock = lock;
        }

        @Override
        public void beginRevision() throws SQLException {
            begin(connection, timeout, listener);
        }

        @Override
        public void commitRevision() throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        public void rollbackRevision() throws SQLException {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException e) {
                // SQLite may have rolled the transaction back by itself (RAISE(ROLLBACK), a full disk): the same end
                if (!String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("no transaction is active")) {
                    throw e;
                }
            }
        }

        @Override
        public void runWithoutTransaction(SqlWork work) throws SQLException {
            work.run();
        }

        @Override
        public void close() {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
