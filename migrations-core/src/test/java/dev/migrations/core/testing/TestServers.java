package dev.migrations.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database on a real PostgreSQL or MariaDB server for one test, dropped again on {@link #close()}.
 * The servers are found at {@code MIGRATIONS_TEST_POSTGRESQL} and {@code MIGRATIONS_TEST_MARIADB} (JDBC URLs
 * of an administrative connection), by default the local servers on their standard ports. When a server does not
 * answer, the test is skipped with a message saying how to start it; under {@code CI=true} it fails instead.
 *
 * <pre>{@code
 * try (TestServers.Server db = TestServers.postgresql()) {
 *     try (Connection c = db.connect()) { … }
 * }
 * }</pre>
 */
public final class TestServers {

    /** The servers the tests know. */
    public enum Kind {
        POSTGRESQL("MIGRATIONS_TEST_POSTGRESQL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"),
        MARIADB("MIGRATIONS_TEST_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test?user=root",
                "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");

        private final String variable;
        private final String defaultUrl;
        private final String startCommand;

        Kind(String variable, String defaultUrl, String startCommand) {
            this.variable = variable;
            this.defaultUrl = defaultUrl;
            this.startCommand = startCommand;
        }

        /** The administrative URL: the environment variable's value, or the local server. */
        public String adminUrl() {
            String configured = System.getenv(variable);
            return configured == null || configured.isBlank() ? defaultUrl : configured;
        }
    }

    private TestServers() {
    }

    /** A fresh database on the PostgreSQL server. */
    public static Server postgresql() {
        return create(Kind.POSTGRESQL);
    }

    /** A fresh database on the MariaDB server. */
    public static Server mariadb() {
        return create(Kind.MARIADB);
    }

    /** A fresh database on the given server. */
    public static Server create(Kind kind) {
        String name = "mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = admin(kind); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + kind + ": " + e.getMessage(), e);
        }
        return new Server(kind, name, withDatabase(kind.adminUrl(), name));
    }

    private static Connection admin(Kind kind) {
        try {
            return DriverManager.getConnection(kind.adminUrl());
        } catch (SQLException e) {
            String message = kind + " does not answer at " + kind.adminUrl() + " (" + e.getMessage() + "). Start it with '"
                    + kind.startCommand + "', or set " + kind.variable + " to the JDBC URL of one.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true needs every database server: " + message);
            }
            Assumptions.abort("Skipped: " + message);
            throw new AssertionError("unreachable");
        }
    }

    /** Replaces the database name in a server URL: {@code jdbc:…//host:port/NAME?…}. */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//");
        int slash = url.indexOf('/', hosts + 2);
        int query = url.indexOf('?', hosts + 2);
        String tail = query < 0 ? "" : url.substring(query);
        String head = slash < 0 || (query >= 0 && slash > query) ? url.substring(0, query < 0 ? url.length() : query)
                : url.substring(0, slash);
        return head + "/" + database + tail;
    }

    /** One test database; {@link #close()} drops it with everything in it. */
    public static final class Server implements AutoCloseable {
        private final Kind kind;
        private final String name;
        private final String url;

        private Server(Kind kind, String name, String url) {
            this.kind = kind;
            this.name = name;
            this.url = url;
        }

        public Kind kind() {
            return kind;
        }

        /** The database's name on the server. */
        public String name() {
            return name;
        }

        /** A JDBC URL with credentials that connects to this database. */
        public String url() {
            return url;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = admin(kind); Statement s = admin.createStatement()) {
                s.execute(kind == Kind.POSTGRESQL ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                        : "DROP DATABASE IF EXISTS " + name);
            }
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + " database " + name;
        }
    }
}
