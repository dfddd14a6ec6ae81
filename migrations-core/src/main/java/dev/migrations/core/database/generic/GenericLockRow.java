package dev.migrations.core.database.generic;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.LockedSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The lock of a database without a package of its own: the one row of {@code migrations_lock}, updated by a
 * second connection whose transaction stays open for the whole command. An update holds the row's write lock until
 * the transaction ends on every database, and the lock belongs to the connection's session: when the process dies
 * the connection closes, the transaction rolls back and the lock is gone, so it is never stale. The command's own
 * connection stays free for DDL, which some databases commit together with any open transaction.
 *
 * <p>Databases disagree on how long a blocked update waits (HSQLDB: for ever, ignoring
 * {@code Statement.setQueryTimeout} and {@code cancel}; Derby: its own lock timeout), so the update runs on a
 * daemon thread and the command waits for it in slices: it says once that it waits, retries when the database
 * gives up first, and fails with {@code DB-003} when the configured timeout passes. The abandoned update then ends
 * its transaction and closes its connection as soon as the database lets it go.
 *
 * <pre>{@code
 * try (LockedSession s = new GenericLockRow().acquire(connection, connections, Duration.ofMinutes(5), listener)) {
 *     // run revisions on connection; no other process holds the row meanwhile
 * }
 * }</pre>
 */
public final class GenericLockRow implements DatabaseLock {

    /** The table holding the lock row; the {@code migrations_} prefix keeps it out of every diff. */
    public static final String TABLE = "migrations_lock";
    private static final Duration WAIT_SLICE = Duration.ofSeconds(2);
    /** How long the first attempt waits silently: a command that has to wait longer says so. */
    private static final Duration FIRST_SLICE = Duration.ofMillis(100);
    private static final Executor WAITERS = task -> {
        Thread thread = new Thread(task, "migrations-lock-wait");
        thread.setDaemon(true);
        thread.start();
    };

    @Override
    public LockedSession acquire(Connection connection, JdbcConnections connections, Duration timeout,
                                 MigrationListener listener) throws SQLException {
        connection.setAutoCommit(true);
        Connection lock = connections.open();
        try {
            lock.setAutoCommit(true);
            ensureTable(lock);
            lock.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(lock, e);
            throw e;
        }
        waitForRow(lock, timeout, listener);
        return new Session(connection, lock);
    }

    /**
     * Creates the lock table when it is missing. Whether it exists is asked of the metadata: on HSQLDB even a
     * query of the table waits while another process holds the lock.
     */
    private static void ensureTable(Connection lock) throws SQLException {
        if (!GenericVersionTableSql.tableExists(lock, null, TABLE)) {
            try {
                execute(lock, "CREATE TABLE " + TABLE + " (id INTEGER NOT NULL PRIMARY KEY)");
            } catch (SQLException e) {
                if (!GenericVersionTableSql.tableExists(lock, null, TABLE)) {
                    throw e;
                }
                // another process created it at the same moment
            }
        }
    }

    /**
     * Blocks until the row is locked. On every failure the lock connection is released here: closed at once when
     * no update is running on it, else left to the waiting thread, which closes it when its update ends (closing
     * it from here could block for as long as the update waits).
     */
    private static void waitForRow(Connection lock, Duration timeout, MigrationListener listener)
            throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        CompletableFuture<Void> attempt = update(lock);
        while (true) {
            try {
                long slice = Math.max(1, Math.min((announced ? WAIT_SLICE : FIRST_SLICE).toNanos(),
                        deadline - System.nanoTime()));
                attempt.get(slice, TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException stillWaiting) {
                if (System.nanoTime() >= deadline) {
                    attempt.whenComplete((done, failure) -> closeQuietly(lock));
                    throw timedOut(timeout, null);
                }
            } catch (ExecutionException e) {
                SQLException failure = e.getCause() instanceof SQLException sql ? sql
                        : new SQLException(String.valueOf(e.getCause()), e.getCause());
                if (!isLockWait(failure)) {
                    closeQuietly(lock);
                    throw failure;
                }
                if (System.nanoTime() >= deadline) {
                    closeQuietly(lock);
                    throw timedOut(timeout, failure);
                }
                // the database gave up waiting before we did: try again
                try {
                    lock.rollback();
                } catch (SQLException rollbackFailure) {
                    closeQuietly(lock);
                    throw rollbackFailure;
                }
                attempt = update(lock);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                attempt.whenComplete((done, failure) -> closeQuietly(lock));
                throw new DatabaseException("DB-003", "Interrupted while waiting for the migration lock (a row of "
                        + TABLE + "). Run the command again.", e);
            }
            if (!announced) {
                listener.info("Waiting for the migration lock (another process is migrating)");
                announced = true;
            }
        }
    }

    /**
     * Locks the row, on a waiting thread, by updating it. The first command ever finds no row: it inserts and
     * commits it, then locks it. A second process that inserts at the same moment fails on the key, and tries
     * again.
     */
    private static CompletableFuture<Void> update(Connection lock) {
        CompletableFuture<Void> attempt = new CompletableFuture<>();
        WAITERS.execute(() -> {
            try (Statement statement = lock.createStatement()) {
                String lockRow = "UPDATE " + TABLE + " SET id = 1 WHERE id = 1";
                if (statement.executeUpdate(lockRow) == 0) {
                    statement.executeUpdate("INSERT INTO " + TABLE + " (id) VALUES (1)");
                    lock.commit();
                    statement.executeUpdate(lockRow);
                }
                attempt.complete(null);
            } catch (SQLException | RuntimeException e) {
                attempt.completeExceptionally(e);
            }
        });
        return attempt;
    }

    /**
     * A lock wait the database ended by itself (a lock timeout or a deadlock, SQLSTATE class 40), or the row
     * another process inserted at the same moment (an integrity violation, class 23).
     */
    private static boolean isLockWait(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTimeoutException || e instanceof SQLTransactionRollbackException
                || e instanceof SQLIntegrityConstraintViolationException
                || (state != null && (state.startsWith("40") || state.startsWith("23")));
    }

    private static DatabaseException timedOut(Duration timeout, SQLException cause) {
        return new DatabaseException("DB-003", "Another process held the migration lock (a row of " + TABLE
                + ") for longer than the lock timeout (" + timeout.toSeconds() + " s). Wait until its migration "
                + "ends, then run the command again.", cause);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeAfterFailure(Connection lock, Exception cause) {
        try {
            lock.close();
        } catch (SQLException closeFailure) {
            cause.addSuppressed(closeFailure);
        }
    }

    private static void closeQuietly(Connection lock) {
        try {
            try {
                lock.rollback();
            } finally {
                lock.close();
            }
        } catch (SQLException ignored) {
            // the lock was never ours; a failure to give back nothing changes nothing
        }
    }

    private static final class Session implements LockedSession {
        private final Connection connection;
        private final Connection lock;

        Session(Connection connection, Connection lock) {
            this.connection = connection;
            this.lock = lock;
        }

        @Override
        public void beginRevision() throws SQLException {
            connection.setAutoCommit(false);
        }

        @Override
        public void commitRevision() throws SQLException {
            connection.commit();
            connection.setAutoCommit(true);
        }

        @Override
        public void rollbackRevision() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }

        @Override
        public void runWithoutTransaction(SqlWork work) throws SQLException {
            work.run();
        }

        @Override
        public void close() throws SQLException {
            try {
                lock.rollback();
            } finally {
                lock.close();
            }
        }
    }
}
