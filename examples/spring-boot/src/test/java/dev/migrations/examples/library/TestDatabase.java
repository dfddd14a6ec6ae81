package dev.migrations.examples.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test: a SQLite file, or a new database on the local PostgreSQL or MariaDB server
 * (dropped again by {@link #close()}). The servers are found at {@code MIGRATIONS_TEST_POSTGRESQL} and
 * {@code MIGRATIONS_TEST_MARIADB} (JDBC URLs of an administrative connection), by default on their standard ports.
 * A server that does not answer skips the test with a message saying how to start it; under {@code CI=true} it
 * fails the test instead.
 */
abstract class TestDatabase implements AutoCloseable {

    /** The JDBC URL of this database, with its credentials. */
    abstract String url();

    @Override
    public void close() throws SQLException {
    }

    static TestDatabase sqlite(Path folder) {
        String url = "jdbc:sqlite:" + folder.resolve("library.db");
        return new TestDatabase() {
            @Override
            String url() {
                return url;
            }
        };
    }

    static TestDatabase postgresql() {
        return new Server("PostgreSQL", "MIGRATIONS_TEST_POSTGRESQL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", " WITH (FORCE)");
    }

    static TestDatabase mariadb() {
        return new Server("MariaDB", "MIGRATIONS_TEST_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test?user=root",
                "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd", "");
    }

    private static final class Server extends TestDatabase {
        private final String adminUrl;
        private final String name = "library_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private final String dropOptions;

        Server(String product, String variable, String defaultUrl, String startCommand, String dropOptions) {
            String configured = System.getenv(variable);
            this.adminUrl = configured == null || configured.isBlank() ? defaultUrl : configured;
            this.dropOptions = dropOptions;
            try (Connection admin = DriverManager.getConnection(adminUrl); Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                String message = product + " does not answer at " + adminUrl + " (" + e.getMessage() + "). Start it with '"
                        + startCommand + "', or set " + variable + " to the JDBC URL of one.";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail("CI=true needs every database server: " + message);
                }
                Assumptions.abort("Skipped: " + message);
            }
        }

        @Override
        String url() {
            int hosts = adminUrl.indexOf("//");
            int slash = adminUrl.indexOf('/', hosts + 2);
            int query = adminUrl.indexOf('?');
            return adminUrl.substring(0, slash) + "/" + name + (query < 0 ? "" : adminUrl.substring(query));
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = DriverManager.getConnection(adminUrl); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + dropOptions);
            }
        }
    }
}
