package dev.migrations.core.database.postgresql;

import dev.migrations.core.database.Database;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.script.StatementSplitter;
import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL (tested on 15): transactional DDL, so each revision runs in one transaction with its version row;
 * a session-level advisory lock held for the whole command; the catalogue read from {@code pg_catalog}.
 *
 * <pre>{@code
 * Database postgres = Databases.forUrl("jdbc:postgresql://localhost/app");   // a PostgresDatabase
 * }</pre>
 */
public final class PostgresDatabase implements Database {

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    @Override
    public boolean acceptsProductName(String productName) {
        return productName.equalsIgnoreCase("PostgreSQL");
    }

    @Override
    public Optional<DriverArtifact> driver() {
        return Optional.of(new DriverArtifact("org.postgresql", "postgresql"));
    }

    @Override
    public Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    public DatabaseReader reader() {
        return new PostgresReader();
    }

    @Override
    public VersionTableSql versionTable(String table, String schema) {
        return new PostgresVersionTableSql(table, schema);
    }

    @Override
    public DatabaseLock lock() {
        return new PostgresAdvisoryLock();
    }

    /** Dollar-quoted bodies ({@code $$ … $$}, {@code $fn$ … $fn$}) are one statement. */
    @Override
    public StatementSplitter splitter() {
        return StatementSplitter.postgresql();
    }

    @Override
    public Optional<String> createSchema(String schema) {
        return Optional.of("CREATE SCHEMA IF NOT EXISTS " + schema);
    }

    @Override
    public Optional<String> useSchema(String schema) {
        return Optional.of("SET search_path TO " + schema);
    }
}
