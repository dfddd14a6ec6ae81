package dev.migrations.core.database.postgresql;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.LockedSession;
import dev.migrations.core.runner.TransactionPerRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL's lock: a session-level advisory lock ({@code pg_try_advisory_lock}) on the command's own connection,
 * held for the whole command. Advisory locks belong to one database, so two databases of a server never wait for
 * each other; two schemas of one database share the lock. The lock belongs to the session, not to a transaction:
 * revisions commit and roll back freely while it is held, and when the process dies its connection closes and
 * the lock is gone, so it is never stale.
 *
 * <p>A server process does not notice by itself that its client died while a statement runs: it would finish the
 * statement (a long revision, minutes) and hold the lock meanwhile. So, while the lock is held, the session checks
 * its client every second ({@code client_connection_check_interval}, PostgreSQL 14 and later): a killed process's
 * statement is cancelled and its lock released within about a second. The setting the session had before comes
 * back when the lock is released, so a pooled connection returns as it came.
 *
 * <p>A second process tries again every {@value #RETRY_MILLIS} ms, says once that it waits and who holds the
 * lock, and fails with {@code DB-003} when the lock timeout passes.
 *
 * <pre>{@code
 * try (LockedSession session = new PostgresAdvisoryLock().acquire(connection, connections, timeout, listener)) {
 *     // run revisions on connection
 * }
 * }</pre>
 */
public final class PostgresAdvisoryLock implements DatabaseLock {

    /** The lock's key: the bytes of "migrate!" as a number, the same for every version of the tool. */
    static final long KEY = 0x6d69677261746521L;
    private static final long RETRY_MILLIS = 250;
    private static final String CLIENT_CHECK = "client_connection_check_interval";

    @Override
    public LockedSession acquire(Connection connection, JdbcConnections connections, Duration timeout,
                                 MigrationListener listener) throws SQLException {
        connection.setAutoCommit(true);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        while (!tryLock(connection)) {
            if (System.nanoTime() - deadline > 0) {
                throw new DatabaseException("DB-003", "Another process held the migration lock (a PostgreSQL "
                        + "advisory lock" + holder(connection) + ") for longer than the lock timeout ("
                        + timeout.toSeconds() + " s). Wait until its migration ends, then run the command again.");
            }
            if (!announced) {
                listener.info("Waiting for the migration lock (another process is migrating" + holder(connection)
                        + ")");
                announced = true;
            }
            sleep();
        }
        String checkBefore = watchClient(connection);
        return new TransactionPerRevision(connection, () -> {
            try {
                unlock(connection);
            } finally {
                if (checkBefore != null) {
                    setClientCheck(connection, checkBefore);
                }
            }
        });
    }

    /**
     * Makes the server check every second, even in the middle of a statement, whether the client is still there;
     * returns the session's setting before, to restore, or {@code null} when nothing was changed (PostgreSQL before
     * 14, a platform without the check, a setting the session had already).
     */
    private static String watchClient(Connection connection) {
        try {
            if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
                return null;
            }
            String before;
            try (PreparedStatement s = connection.prepareStatement("SELECT current_setting(?)")) {
                s.setString(1, CLIENT_CHECK);
                try (ResultSet rs = s.executeQuery()) {
                    before = rs.next() ? rs.getString(1) : null;
                }
            }
            if (before == null || !before.strip().equals("0")) {
                return null;
            }
            setClientCheck(connection, "1s");
            return before;
        } catch (SQLException e) {
            return null; // a courtesy that speeds up the next process; without it the lock still ends with the session
        }
    }

    private static void setClientCheck(Connection connection, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
            s.setString(1, CLIENT_CHECK);
            s.setString(2, value);
            s.execute();
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, KEY);
            s.execute();
        }
    }

    /** {@code : held by process 123 (application "x")}, or nothing when it cannot be seen. */
    private static String holder(Connection connection) {
        String sql = """
                SELECT l.pid, a.application_name
                FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.database = (
                    SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
                  AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1""";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, KEY >>> 32);
            s.setLong(2, KEY & 0xffffffffL);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return "";
                }
                String application = rs.getString(2);
                return ", held by server process " + rs.getInt(1)
                        + (application == null || application.isBlank() ? "" : " of \"" + application + "\"");
            }
        } catch (SQLException e) {
            return ""; // the holder is a courtesy; not seeing it must not hide the real message
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("DB-003", "Interrupted while waiting for the migration lock; nothing was "
                    + "changed. Run the command again.", e);
        }
    }
}
