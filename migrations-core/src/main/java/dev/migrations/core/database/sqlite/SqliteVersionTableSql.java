package dev.migrations.core.database.sqlite;

import dev.migrations.core.history.VersionTableSql;

/** The version table on SQLite; a schema is an attached database's name ({@code main} by default). */
public final class SqliteVersionTableSql implements VersionTableSql {

    private final String table;
    private final String schema;

    /**
     * @param table  a plain identifier
     * @param schema a plain identifier, or {@code null}
     */
    public SqliteVersionTableSql(String table, String schema) {
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
                + "    execution_ms INTEGER NOT NULL\n"
                + ")";
    }

    @Override
    public String existsQuery() {
        String master = schema == null ? "sqlite_master" : schema + ".sqlite_master";
        return "SELECT 1 FROM " + master + " WHERE type = 'table' AND name = '" + table + "'";
    }

    @Override
    public String currentTimeExpression() {
        return "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    }
}
