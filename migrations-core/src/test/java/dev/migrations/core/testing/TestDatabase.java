package dev.migrations.core.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One fresh database of each kind the project has a package for, for tests that run on all four: a SQLite file in
 * a test folder, a private H2 in-memory database (kept open), or a new database on the PostgreSQL or MariaDB server
 * (see {@link TestServers}: skipped with directions when the server does not answer, a failure under
 * {@code CI=true}). {@link #close()} drops it.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, tempDir)) {
 *     Migrations.configure().url(db.url())…
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    /** The databases with a package of their own. */
    public enum Kind { SQLITE, H2, POSTGRESQL, MARIADB }

    private final Kind kind;
    private final String url;
    private final Connection keepAlive;
    private final TestServers.Server server;

    private TestDatabase(Kind kind, String url, Connection keepAlive, TestServers.Server server) {
        this.kind = kind;
        this.url = url;
        this.keepAlive = keepAlive;
        this.server = server;
    }

    /** A new, empty database; a SQLite file is named after the kind in {@code dir}. */
    public static TestDatabase create(Kind kind, Path dir) throws SQLException {
        return switch (kind) {
            case SQLITE -> new TestDatabase(kind, "jdbc:sqlite:" + dir.resolve("db-" + UUID.randomUUID() + ".sqlite3")
                    + "?foreign_keys=true", null, null);
            case H2 -> {
                String url = "jdbc:h2:mem:" + UUID.randomUUID();
                yield new TestDatabase(kind, url, DriverManager.getConnection(url), null);
            }
            case POSTGRESQL -> {
                TestServers.Server server = TestServers.postgresql();
                yield new TestDatabase(kind, server.url(), null, server);
            }
            case MARIADB -> {
                TestServers.Server server = TestServers.mariadb();
                yield new TestDatabase(kind, server.url(), null, server);
            }
        };
    }

    public Kind kind() {
        return kind;
    }

    /** A JDBC URL, with credentials, that connects to this database. */
    public String url() {
        return url;
    }

    /** The rows {@code sql} returns on a new connection to {@code url}, each as its values joined by {@code |}. */
    public static List<String> rows(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(r.getString(i));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (keepAlive != null) {
            keepAlive.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
