package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A database kind of the start-up benchmark, and a fresh empty database of it for every measured command: a
 * SQLite file in a work folder, or a database created on the local PostgreSQL or MariaDB server (URLs from
 * {@code MIGRATIONS_BENCH_POSTGRESQL} and {@code MIGRATIONS_BENCH_MARIADB}, by default the local servers' test
 * databases, as the core tests use them).
 */
enum StartupDatabase {

    SQLITE(null, null, null),
    POSTGRESQL("MIGRATIONS_BENCH_POSTGRESQL", "jdbc:postgresql://127.0.0.1:5432/test", "postgres"),
    MARIADB("MIGRATIONS_BENCH_MARIADB", "jdbc:mariadb://127.0.0.1:3306/test", "root");

    private final String variable;
    private final String defaultAdminUrl;
    private final String user;

    StartupDatabase(String variable, String defaultAdminUrl, String user) {
        this.variable = variable;
        this.defaultAdminUrl = defaultAdminUrl;
        this.user = user;
    }

    static StartupDatabase parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("[BENCH-002] --databases takes sqlite, postgresql and mariadb, got '"
                    + name + "'");
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The user every side connects as; {@code null} for SQLite. */
    String user() {
        return user;
    }

    /** The password every side passes: empty on the local servers, none for SQLite. */
    String password() {
        return user == null ? null : "";
    }

    private String adminUrl() {
        String configured = variable == null ? null : System.getenv(variable);
        return configured == null || configured.isBlank() ? defaultAdminUrl : configured;
    }

    /** A new empty database called {@code name}; returns its URL. */
    String create(String name, Path work) throws SQLException, IOException {
        if (this == SQLITE) {
            Path file = work.resolve(name + ".sqlite3");
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".migrations-lock"));
            return "jdbc:sqlite:" + file;
        }
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (this == POSTGRESQL ? " WITH (FORCE)" : ""));
            s.execute("CREATE DATABASE " + name);
        }
        String url = adminUrl();
        int hosts = url.indexOf("//");
        int slash = url.indexOf('/', hosts + 2);
        int query = url.indexOf('?', hosts + 2);
        return url.substring(0, slash) + "/" + name + (query < 0 ? "" : url.substring(query));
    }

    /** Drops what {@link #create} made. */
    void drop(String name, Path work) throws SQLException, IOException {
        if (this == SQLITE) {
            Path file = work.resolve(name + ".sqlite3");
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".migrations-lock"));
            return;
        }
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (this == POSTGRESQL ? " WITH (FORCE)" : ""));
        }
    }

    /**
     * Lets the server write out what the commands before left in memory, so that a side does not pay for the one
     * measured before it: the tables, indexes and drops of a whole run leave thousands of changed pages that an
     * idle MariaDB keeps until its redo log fills, and then writes in the middle of whichever side runs. PostgreSQL
     * gets a {@code CHECKPOINT}; MariaDB gets {@code innodb_max_dirty_pages_pct_lwm} lowered until no changed page
     * is left (at most 30 s), then restored. Where the user may not do that, nothing happens and the report says so
     * once. SQLite has no server.
     *
     * @return {@code null}, or why the server could not be settled
     */
    String settle() {
        if (this == SQLITE) {
            return null;
        }
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            if (this == POSTGRESQL) {
                s.execute("CHECKPOINT");
                return null;
            }
            double lowWater;
            try (ResultSet rs = s.executeQuery("SELECT @@GLOBAL.innodb_max_dirty_pages_pct_lwm")) {
                rs.next();
                lowWater = rs.getDouble(1);
            }
            s.execute("SET GLOBAL innodb_max_dirty_pages_pct_lwm = 0.001");
            try {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (dirtyPages(s) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            } finally {
                s.execute("SET GLOBAL innodb_max_dirty_pages_pct_lwm = " + lowWater);
            }
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static long dirtyPages(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** A connection to the database at {@code url}, as every side opens one. */
    Connection connect(String url) throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password());
    }

    private Connection admin() throws SQLException {
        return connect(adminUrl());
    }

    /** The number of benchmark tables in the database at {@code url}. */
    int benchTables(String url) throws SQLException {
        String sql = this == SQLITE
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'bench\\_%' ESCAPE '\\'"
                : this == POSTGRESQL
                ? "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                + "AND tablename LIKE 'bench\\_%'"
                : "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME LIKE 'bench\\_%'";
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The server's version, for the report; the driver's for SQLite. */
    String version() throws SQLException, IOException {
        if (this == SQLITE) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                return "SQLite " + c.getMetaData().getDatabaseProductVersion();
            }
        }
        try (Connection c = admin()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    static List<StartupDatabase> all() {
        return List.of(values());
    }
}
