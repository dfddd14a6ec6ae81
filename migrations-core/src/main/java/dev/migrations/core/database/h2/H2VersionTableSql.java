package dev.migrations.core.database.h2;

import dev.migrations.core.history.VersionTableSql;

/**
 * The version table on H2. Names are written unquoted, so H2 stores them in upper case, as it does every unquoted
 * name; the existence query compares without regard to case.
 *
 * <pre>{@code
 * VersionTable table = new VersionTable(new H2VersionTableSql("migrations_version", null));
 * }</pre>
 */
public final class H2VersionTableSql implements VersionTableSql {

    private final String table;
    private final String schema;

    /**
     * @param table  a plain identifier
     * @param schema a plain identifier, or {@code null} for the connection's current schema
     */
    public H2VersionTableSql(String table, String schema) {
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
                + "    message VARCHAR(1000000) NOT NULL,\n"
                + "    checksum VARCHAR(64) NOT NULL,\n"
                + "    applied_at VARCHAR(32) NOT NULL,\n"
                + "    applied_by VARCHAR(255) NOT NULL,\n"
                + "    execution_ms BIGINT NOT NULL\n"
                + ")";
    }

    @Override
    public String existsQuery() {
        String schemaCondition = schema == null ? "TABLE_SCHEMA = CURRENT_SCHEMA"
                : "UPPER(TABLE_SCHEMA) = UPPER('" + schema + "')";
        return "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE " + schemaCondition
                + " AND UPPER(TABLE_NAME) = UPPER('" + table + "')";
    }

    @Override
    public String currentTimeExpression() {
        return "FORMATDATETIME(CURRENT_TIMESTAMP, 'yyyy-MM-dd HH:mm:ss.SSS', 'en', 'UTC')";
    }
}
