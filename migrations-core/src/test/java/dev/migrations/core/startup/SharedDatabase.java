package dev.migrations.core.startup;

import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.core.testing.TestServers;
import dev.migrations.model.Schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh database that several processes can share: a SQLite file, an H2 file served by an H2 TCP server in the
 * test's JVM, or a new database on the PostgreSQL or MariaDB test server. Knows the bits of SQL that differ between
 * them.
 *
 * <p>The H2 database stays open until {@link #close()} ({@code DB_CLOSE_DELAY=-1}), as a server's database is.
 * H2 files are shared through a server because H2's own way for several processes, the automatic mixed mode
 * ({@code AUTO_SERVER=TRUE}), refuses processes that open the file at the same moment: "Database may be already in
 * use: Locked by another process" (90020), seen in the first round of eight simultaneous starts.
 */
final class SharedDatabase implements AutoCloseable {

    enum Kind {
        SQLITE, H2, POSTGRESQL, MARIADB;

        /** A statement that inserts the numbers 1..n into {@code table (column)}. */
        String insertNumbers(String table, String column, int n) {
            return switch (this) {
                case SQLITE -> "WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < " + n
                        + ") INSERT INTO " + table + " (" + column + ") SELECT x FROM s";
                case H2 -> "INSERT INTO " + table + " (" + column + ") SELECT X FROM SYSTEM_RANGE(1, " + n + ")";
                case POSTGRESQL -> "INSERT INTO " + table + " (" + column + ") SELECT generate_series(1, " + n + ")";
                case MARIADB -> "INSERT INTO " + table + " (" + column + ") SELECT seq FROM seq_1_to_" + n;
            };
        }

        /** A statement that keeps the database busy for about a minute without writing. */
        String longStatement() {
            return switch (this) {
                case SQLITE -> "WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 2000000000) "
                        + "SELECT count(*) FROM s";
                // H2 counts a single range without reading it
                case H2 -> "SELECT count(*) FROM SYSTEM_RANGE(1, 100000) a, SYSTEM_RANGE(1, 100000) b "
                        + "WHERE a.X + b.X < 0";
                case POSTGRESQL -> "SELECT pg_sleep(60)";
                case MARIADB -> "SELECT SLEEP(60)";
            };
        }

        /** Whether a revision's statements and its version row commit together here. */
        boolean transactionalDdl() {
            return this == SQLITE || this == POSTGRESQL;
        }
    }

    private final Kind kind;
    private final String url;
    private final TestServers.Server server;
    private final org.h2.tools.Server h2;

    private SharedDatabase(Kind kind, String url, TestServers.Server server, org.h2.tools.Server h2) {
        this.kind = kind;
        this.url = url;
        this.server = server;
        this.h2 = h2;
    }

    /** A new, empty database; SQLite and H2 files go to {@code dir}. */
    static SharedDatabase create(Kind kind, Path dir) {
        String name = "db-" + UUID.randomUUID().toString().substring(0, 8);
        return switch (kind) {
            case SQLITE -> new SharedDatabase(kind, "jdbc:sqlite:" + dir.resolve(name + ".sqlite3"), null, null);
            case H2 -> {
                try {
                    org.h2.tools.Server h2 = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-ifNotExists",
                            "-baseDir", dir.toString()).start();
                    // open until the shutdown in close(): with H2's default, the database closes with its last
                    // session, and one quick close and reopen through the server found the file corrupted (90030)
                    yield new SharedDatabase(kind, "jdbc:h2:tcp://localhost:" + h2.getPort() + "/" + name
                            + ";DB_CLOSE_DELAY=-1", null, h2);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot start an H2 server", e);
                }
            }
            case POSTGRESQL -> {
                TestServers.Server server = TestServers.postgresql();
                yield new SharedDatabase(kind, server.url(), server, null);
            }
            case MARIADB -> {
                TestServers.Server server = TestServers.mariadb();
                yield new SharedDatabase(kind, server.url(), server, null);
            }
        };
    }

    Kind kind() {
        return kind;
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /**
     * Waits until no other session is connected to the database: a server finishes the statement a killed client
     * was running before it notices that the client is gone (MariaDB, H2; PostgreSQL within the second its client
     * check takes), and only then is the database in the state the kill left.
     */
    void awaitNoOtherSessions(Duration timeout) throws Exception {
        String others = switch (kind) {
            case SQLITE -> null;
            case H2 -> "SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()";
            case POSTGRESQL -> "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid()";
            case MARIADB -> "SELECT count(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                    + "AND ID <> CONNECTION_ID()";
        };
        if (others == null) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!query(others).equals(List.of("0"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(this + ": other sessions are still connected after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** The marks of revisions that run statement by statement and have not ended ({@code revision|done|total}). */
    List<String> progressMarks() throws SQLException {
        try {
            return query("SELECT revision, statements_done, statements_total FROM migrations_progress");
        } catch (SQLException noTable) {
            return List.of();
        }
    }

    /** The catalogue as autogenerate reads it: tables, columns, keys, indexes, foreign keys, checks, sequences. */
    Schema schema() throws SQLException {
        try (Connection c = connect()) {
            return SchemaReader.defaults().read(c);
        }
    }

    /** Each row's columns joined with {@code |}. */
    List<String> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                values.add(row.toString());
            }
            return values;
        }
    }

    /** The version table's revisions, in id order. */
    List<String> appliedRevisions() throws SQLException {
        return query("SELECT version_id FROM migrations_version ORDER BY version_id");
    }

    @Override
    public void close() throws SQLException {
        if (server != null) {
            server.close();
        }
        if (h2 != null) {
            // a killed client's statement may still run in the server: end it with the database
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException closed) {
                // the shutdown closes this connection, too
            }
            h2.stop();
        }
    }

    @Override
    public String toString() {
        return kind + " " + (server != null ? server.name() : url);
    }
}
