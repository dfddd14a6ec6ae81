package dev.migrations.core.database.mariadb;

import dev.migrations.core.database.Database;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.script.Statement;
import dev.migrations.core.script.StatementSplitter;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB (10.7 and later) or MySQL 8, one instance per flavour: recognised by {@code jdbc:mariadb:} or
 * {@code jdbc:mysql:} URLs and by the product names {@code MariaDB} and {@code MySQL}. DDL is not transactional
 * there (each statement commits by itself), so revisions run statement by statement and a failure reports what
 * ran; the lock is a session-scoped {@code GET_LOCK}.
 *
 * <pre>{@code
 * Database mariadb = Databases.forUrl("jdbc:mariadb://localhost/app");   // MariaDbDatabase, flavour MARIADB
 * Database mysql = Databases.forUrl("jdbc:mysql://localhost/app");       // MariaDbDatabase, flavour MYSQL
 * }</pre>
 */
public final class MariaDbDatabase implements Database {

    private final MariaDbFlavor flavor;

    public MariaDbDatabase(MariaDbFlavor flavor) {
        this.flavor = flavor;
    }

    public MariaDbFlavor flavor() {
        return flavor;
    }

    @Override
    public String name() {
        return flavor.productName();
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return MariaDbFlavor.fromUrl(jdbcUrl) == flavor;
    }

    @Override
    public boolean acceptsProductName(String productName) {
        return MariaDbFlavor.fromProductName(productName) == flavor;
    }

    @Override
    public Optional<DriverArtifact> driver() {
        return Optional.of(flavor == MariaDbFlavor.MARIADB
                ? new DriverArtifact("org.mariadb.jdbc", "mariadb-java-client")
                : new DriverArtifact("com.mysql", "mysql-connector-j"));
    }

    @Override
    public Dialect dialect() {
        return new MariaDbDialect(flavor);
    }

    @Override
    public DatabaseReader reader() {
        return new MariaDbReader(flavor);
    }

    @Override
    public VersionTableSql versionTable(String table, String schema) {
        return new MariaDbVersionTableSql(table, schema);
    }

    @Override
    public DatabaseLock lock() {
        return new MariaDbSessionLock();
    }

    /** Strings take backslash escapes on both servers. */
    @Override
    public StatementSplitter splitter() {
        return StatementSplitter.mysql();
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    /** From {@code LOCK TABLES} (or {@code LOCK TABLE}) until {@code UNLOCK TABLES}. */
    @Override
    public boolean holdsTableLocksAfter(Statement statement, boolean before) {
        List<String> words = statement.firstWords(2);
        if (words.size() < 2 || !words.get(1).startsWith("TABLE")) {
            return before;
        }
        return switch (words.get(0)) {
            case "LOCK" -> true;
            case "UNLOCK" -> false;
            default -> before;
        };
    }

    @Override
    public Optional<String> releaseTableLocks() {
        return Optional.of("UNLOCK TABLES");
    }

    /** A schema is a database here. */
    @Override
    public Optional<String> createSchema(String schema) {
        return Optional.of("CREATE DATABASE IF NOT EXISTS " + schema);
    }

    @Override
    public Optional<String> useSchema(String schema) {
        return Optional.of("USE " + schema);
    }

    /** The driver lists databases as catalogs. */
    @Override
    public boolean schemaExists(java.sql.Connection connection, String schema) throws java.sql.SQLException {
        try (java.sql.ResultSet catalogs = connection.getMetaData().getCatalogs()) {
            while (catalogs.next()) {
                if (schema.equalsIgnoreCase(catalogs.getString("TABLE_CAT"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
