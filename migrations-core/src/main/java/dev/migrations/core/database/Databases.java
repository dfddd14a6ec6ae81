package dev.migrations.core.database;

import dev.migrations.core.database.Database.DriverArtifact;
import dev.migrations.core.database.generic.GenericDatabase;
import dev.migrations.core.database.h2.H2Database;
import dev.migrations.core.database.postgresql.PostgresDatabase;
import dev.migrations.core.database.mariadb.MariaDbDatabase;
import dev.migrations.core.database.mariadb.MariaDbFlavor;
import dev.migrations.core.database.sqlite.SqliteDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of databases: resolves a JDBC URL or an open connection to its {@link Database}, once per command.
 * Adding a database is one package and one line in {@link #KNOWN}. A database that no package knows is a
 * {@link GenericDatabase}: read through SchemaCrawler, written in standard SQL.
 *
 * <pre>{@code
 * Database byUrl = Databases.forUrl("jdbc:h2:mem:test");
 * Database byConnection = Databases.forConnection(dataSource.getConnection());
 * }</pre>
 */
public final class Databases {

    private static final List<Database> KNOWN = List.of(new SqliteDatabase(), new H2Database(), new PostgresDatabase(),
            new MariaDbDatabase(MariaDbFlavor.MARIADB), new MariaDbDatabase(MariaDbFlavor.MYSQL));

    /** Databases without a package of their own, by URL prefix: their names and drivers, for messages and the
     * generic database's name. */
    private static final Map<String, Other> OTHERS = Map.of(
            "jdbc:hsqldb:", new Other("HSQLDB", new DriverArtifact("org.hsqldb", "hsqldb")),
            "jdbc:derby:", new Other("Apache Derby", new DriverArtifact("org.apache.derby", "derby")),
            "jdbc:oracle:", new Other("Oracle", new DriverArtifact("com.oracle.database.jdbc", "ojdbc11")),
            "jdbc:sqlserver:", new Other("SQL Server", new DriverArtifact("com.microsoft.sqlserver", "mssql-jdbc")));

    private record Other(String name, DriverArtifact driver) {
    }

    private Databases() {
    }

    /**
     * The database a JDBC URL points at: its package's, or the generic database for any other JDBC URL.
     *
     * @throws UnsupportedDatabaseException ({@code DB-004}, a user error) for a URL that is not a JDBC URL
     */
    public static Database forUrl(String jdbcUrl) {
        Optional<Database> known = find(jdbcUrl);
        if (known.isPresent()) {
            return known.get();
        }
        if (jdbcUrl == null || !jdbcUrl.strip().matches("(?is)jdbc:[^:]+:.*")) {
            throw new UnsupportedDatabaseException(scheme(jdbcUrl));
        }
        Optional<Other> other = other(jdbcUrl);
        return new GenericDatabase(other.map(Other::name).orElse(subprotocol(jdbcUrl).substring("jdbc:".length())),
                other.map(Other::driver).orElse(null));
    }

    /** The database a JDBC URL points at, or empty when no package knows it. */
    public static Optional<Database> find(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip();
        return KNOWN.stream().filter(d -> d.acceptsUrl(url)).findFirst();
    }

    /**
     * The database behind an open connection, by the product name its driver reports; works for a connection
     * from a {@code DataSource} whose URL is unknown. A product no package knows gets the generic database.
     *
     * @throws SQLException when the driver cannot report its product name
     */
    public static Database forConnection(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String name = product == null ? "" : product.strip();
        return KNOWN.stream().filter(d -> d.acceptsProductName(name)).findFirst()
                .orElseGet(() -> new GenericDatabase(name, null));
    }

    /** The Maven coordinates of the driver for a URL's database, if known. */
    public static Optional<DriverArtifact> driverFor(String jdbcUrl) {
        Optional<Database> known = find(jdbcUrl);
        if (known.isPresent()) {
            return known.get().driver();
        }
        return other(jdbcUrl).map(Other::driver);
    }

    private static Optional<Other> other(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip().toLowerCase(Locale.ROOT);
        return OTHERS.entrySet().stream().filter(e -> url.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The names of the databases with a package, for messages: {@code SQLite, H2}. */
    public static String supportedNames() {
        return String.join(", ", KNOWN.stream().map(Database::name).toList());
    }

    /** How a URL that is not a JDBC URL starts, for messages: only a scheme ({@code postgres:}), never more. */
    private static String scheme(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):")
                .matcher(url == null ? "" : url.strip());
        return m.lookingAt() ? " starting '" + m.group(1) + ":'" : "";
    }

    /** Only {@code jdbc:<subprotocol>}: the rest of a URL may hold a password. */
    static String subprotocol(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "(no URL)";
        }
        String[] parts = jdbcUrl.strip().split(":", 3);
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : "(not a JDBC URL)";
    }

}
