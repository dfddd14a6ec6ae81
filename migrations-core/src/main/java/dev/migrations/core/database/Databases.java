package dev.migrations.core.database;

import dev.migrations.core.database.Database.DriverArtifact;
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
 * Adding a database is one package and one line in {@link #KNOWN}.
 *
 * <pre>{@code
 * Database byUrl = Databases.forUrl("jdbc:h2:mem:test");
 * Database byConnection = Databases.forConnection(dataSource.getConnection());
 * }</pre>
 */
public final class Databases {

    private static final List<Database> KNOWN = List.of(new SqliteDatabase(), new H2Database(), new PostgresDatabase(),
            new MariaDbDatabase(MariaDbFlavor.MARIADB), new MariaDbDatabase(MariaDbFlavor.MYSQL));

    /** Databases without a package of their own, by URL prefix: their names and drivers, for messages. */
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
     * The database a JDBC URL points at.
     *
     * @throws UnsupportedDatabaseException ({@code DB-004}, a user error) for a database this version cannot run
     */
    public static Database forUrl(String jdbcUrl) {
        return find(jdbcUrl).orElseThrow(() -> new UnsupportedDatabaseException(
                other(jdbcUrl).map(o -> o.name() + " (" + subprotocol(jdbcUrl) + ")").orElse(subprotocol(jdbcUrl))));
    }

    /** The database a JDBC URL points at, or empty when no package knows it. */
    public static Optional<Database> find(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip();
        return KNOWN.stream().filter(d -> d.acceptsUrl(url)).findFirst();
    }

    /**
     * The database behind an open connection, by the product name its driver reports; works for a connection
     * from a {@code DataSource} whose URL is unknown.
     *
     * @throws UnsupportedDatabaseException ({@code DB-004}) for a database this version cannot run
     * @throws SQLException                 when the driver cannot report its product name
     */
    public static Database forConnection(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return KNOWN.stream().filter(d -> d.acceptsProductName(product == null ? "" : product.strip()))
                .findFirst().orElseThrow(() -> new UnsupportedDatabaseException(product));
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

    /** Only {@code jdbc:<subprotocol>}: the rest of a URL may hold a password. */
    static String subprotocol(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "(no URL)";
        }
        String[] parts = jdbcUrl.strip().split(":", 3);
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : "(not a JDBC URL)";
    }

}
