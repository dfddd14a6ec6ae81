package dev.migrations.core.database.mariadb;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.LockedSession;
import dev.migrations.core.script.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The lock on MariaDB and MySQL: a named user lock ({@code GET_LOCK}) held by the command's own connection for
 * the whole command and released with {@code RELEASE_LOCK}. The name is derived from the connection's database,
 * so commands on two databases of one server do not wait for each other. A user lock belongs to the session, not
 * to a transaction: the DDL statements that commit on their own do not release it, and when the process dies or
 * its connection is killed the server releases it, so it is never stale.
 *
 * <p>A command that finds the lock taken says so once and keeps asking in slices of at most two seconds until the
 * lock timeout passes, then fails with {@code DB-003}. Revisions run in auto-commit mode, statement by statement;
 * only the version row of a revision is written in a transaction. When the statement that runs next is a schema
 * change, that transaction is left for it to commit: the server commits an open transaction by itself before a
 * schema change, so a separate {@code COMMIT} would cost one more flush to disk per revision for nothing.
 *
 * <pre>{@code
 * try (LockedSession session = new MariaDbSessionLock().acquire(connection, connections, Duration.ofMinutes(5),
 *         listener)) {
 *     // run revisions on connection; no other process migrates this database meanwhile
 * }
 * }</pre>
 */
public final class MariaDbSessionLock implements DatabaseLock {

    /** The prefix of every lock name; the rest is the database's name. */
    public static final String PREFIX = "migrations:";
    /** The longest lock name both servers accept. */
    private static final int MAX_NAME = 64;
    private static final Duration WAIT_SLICE = Duration.ofSeconds(2);
    /** The first words of the schema changes before which both servers commit the open transaction. */
    private static final Set<String> COMMITTING = Set.of("ALTER", "CREATE", "DROP", "RENAME", "TRUNCATE");

    @Override
    public LockedSession acquire(Connection connection, JdbcConnections connections, Duration timeout,
                                 MigrationListener listener) throws SQLException {
        connection.setAutoCommit(true);
        String name = lockName(currentDatabase(connection));
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        Duration wait = Duration.ZERO;
        while (!getLock(connection, name, wait)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new DatabaseException("DB-003", "Another process held the migration lock (the user lock '"
                        + name + "' on the server) for longer than the lock timeout (" + timeout.toMillis()
                        + " ms). Wait until its migration ends, then run the command again; SELECT "
                        + "IS_USED_LOCK('" + name + "') gives the connection id that holds it.");
            }
            if (!announced) {
                listener.info("Waiting for the migration lock '" + name + "' (another process is migrating)");
                announced = true;
            }
            wait = Duration.ofNanos(Math.min(left, WAIT_SLICE.toNanos()));
        }
        return new Session(connection, name);
    }

    /** {@code migrations:<database>}, or its hash where that would be longer than the server accepts. */
    static String lockName(String database) {
        String name = PREFIX + (database == null ? "" : database);
        if (name.length() <= MAX_NAME) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest).substring(0, MAX_NAME - PREFIX.length());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether the server commits an open transaction by itself before it runs {@code statement}: a schema change
     * ({@code ALTER}, {@code CREATE}, {@code DROP}, {@code RENAME}, {@code TRUNCATE}), except the creation and the
     * drop of a {@code TEMPORARY} table. An executable comment ({@code /*! … *&#47;}) is not judged: false.
     */
    static boolean commitsBefore(Statement statement) {
        List<String> words = statement.firstWords(4);
        // CREATE [OR REPLACE] TEMPORARY TABLE, DROP TEMPORARY TABLE
        return !words.isEmpty() && COMMITTING.contains(words.get(0)) && !words.contains("TEMPORARY");
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (java.sql.Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Whether the lock was taken within {@code wait}; {@code GET_LOCK} returns 1, 0 on timeout, null on error. */
    private static boolean getLock(Connection connection, String name, Duration wait) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, name);
            s.setDouble(2, wait.toMillis() / 1000.0);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int result = rs.getInt(1);
                if (rs.wasNull()) {
                    throw new SQLException("GET_LOCK('" + name + "') returned NULL: the server could not take the "
                            + "lock");
                }
                return result == 1;
            }
        }
    }

    /**
     * The connection stays in auto-commit mode; a revision's unit is an explicit {@code START TRANSACTION} ...
     * {@code COMMIT}, after which the server is back in auto-commit mode by itself. Switching the driver's
     * auto-commit mode instead costs two more round trips per revision, one of them after the commit.
     */
    private static final class Session implements LockedSession {
        private final Connection connection;
        private final String name;
        private boolean inTransaction;
        /** A completed revision's unit left open for the next statement to commit; committed, never undone. */
        private boolean commitLeftOpen;

        Session(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        @Override
        public void beginRevision() throws SQLException {
            // commits a unit left open first, as the server does before every START TRANSACTION
            execute("START TRANSACTION");
            commitLeftOpen = false;
            inTransaction = true;
        }

        @Override
        public void commitRevision() throws SQLException {
            execute("COMMIT");
            commitLeftOpen = false;
            inTransaction = false;
        }

        /** Leaves the commit to {@code next} when the server commits before it by itself. */
        @Override
        public void commitRevisionBefore(Statement next) throws SQLException {
            if (!commitsBefore(next)) {
                commitRevision();
                return;
            }
            inTransaction = false;
            commitLeftOpen = true;
        }

        @Override
        public void rollbackRevision() throws SQLException {
            try {
                execute("ROLLBACK");
            } finally {
                inTransaction = false;
            }
        }

        @Override
        public void runWithoutTransaction(SqlWork work) throws SQLException {
            work.run();
        }

        /**
         * Switches the driver's auto-commit mode off and on around {@code work} instead of {@code START TRANSACTION}:
         * that would release the tables a script locked with {@code LOCK TABLES}, and the statement would run
         * without the lock it asked for.
         */
        @Override
        public void runInOneTransaction(SqlWork work) throws SQLException {
            commitLeftOpen();
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } catch (SQLException cleanUp) {
                    e.addSuppressed(cleanUp);   // the work's failure is the one to report
                }
                throw e;
            }
            connection.setAutoCommit(true);
        }

        /** Commits a unit left open (a no-op where the server has committed it already), then releases the lock. */
        @Override
        public void close() throws SQLException {
            if (inTransaction) {
                rollbackRevision();
            }
            commitLeftOpen();
            try (PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                s.setString(1, name);
                s.executeQuery().close();
            }
        }

        private void commitLeftOpen() throws SQLException {
            if (commitLeftOpen) {
                commitRevision();
            }
        }

        private void execute(String sql) throws SQLException {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
