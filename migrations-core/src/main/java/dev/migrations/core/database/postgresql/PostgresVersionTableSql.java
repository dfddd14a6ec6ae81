package dev.migrations.core.database.postgresql;

import dev.migrations.core.history.VersionTableSql;

/**
 * The version table on PostgreSQL. Names are written unquoted, so PostgreSQL stores them in lower case; the
 * existence query looks in the configured schema, else in the first schema of the search path.
 *
 * <pre>{@code
 * VersionTable table = new VersionTable(new PostgresVersionTableSql("migrations_version", "app"));
 * }</pre>
 */
public final class PostgresVersionTableSql implements VersionTableSql {

    private final String table;
    private final String schema;

    /**
     * @param table  a plain identifier
     * @param schema a plain identifier, or {@code null} for the connection's current schema
     */
    public PostgresVersionTableSql(String table, String schema) {
        this.table = table;
        this.schema = schema;
    }

    @Override
    public String qualifiedName() {
        return schema == null ? table : schema + "." + table;
    }

    @Override
    public String createTable() {
        return "CREATE TABLE IF NOT EXISTS " + qualifiedName() + " (\n"
                + "    version_id VARCHAR(32) NOT NULL PRIMARY KEY,\n"
                + "    message TEXT NOT NULL,\n"
                + "    checksum VARCHAR(64) NOT NULL,\n"
                + "    applied_at VARCHAR(32) NOT NULL,\n"
                + "    applied_by VARCHAR(255) NOT NULL,\n"
                + "    execution_ms BIGINT NOT NULL\n"
                + ")";
    }

    @Override
    public String existsQuery() {
        String schemaCondition = schema == null ? "n.nspname = current_schema()"
                : "n.nspname = lower(" + VersionTableSql.literal(schema) + ")";
        return "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p') AND " + schemaCondition
                + " AND c.relname = lower(" + VersionTableSql.literal(table) + ")";
    }

    @Override
    public String currentTimeExpression() {
        return "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')";
    }
}
