package dev.migrations.core.database.h2;

import dev.migrations.core.database.Database;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.runner.DatabaseLock;
import java.util.Locale;
import java.util.Optional;

/**
 * H2 2.x: a lock row held by a second connection, and no transactional DDL (H2 commits each DDL statement, and
 * with it any transaction), so revisions run statement by statement and a failure reports what ran.
 *
 * <pre>{@code
 * Database h2 = Databases.forUrl("jdbc:h2:mem:test");   // an H2Database
 * }</pre>
 */
public final class H2Database implements Database {

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    @Override
    public boolean acceptsProductName(String productName) {
        return productName.equalsIgnoreCase("h2");
    }

    @Override
    public Optional<DriverArtifact> driver() {
        return Optional.of(new DriverArtifact("com.h2database", "h2"));
    }

    @Override
    public Dialect dialect() {
        return new H2Dialect();
    }

    @Override
    public DatabaseReader reader() {
        return new H2Reader();
    }

    @Override
    public VersionTableSql versionTable(String table, String schema) {
        return new H2VersionTableSql(table, schema);
    }

    @Override
    public DatabaseLock lock() {
        return new H2LockRow();
    }

    @Override
    public Optional<String> createSchema(String schema) {
        return Optional.of("CREATE SCHEMA IF NOT EXISTS " + schema);
    }

    @Override
    public Optional<String> useSchema(String schema) {
        return Optional.of("SET SCHEMA " + schema);
    }
}
