package dev.migrations.core.database.mariadb;

import dev.migrations.core.history.VersionTableSql;

/**
 * The version table on MariaDB and MySQL, in the connection's database or in the database {@code schema} names.
 * Names are written in backticks and compared exactly, as the server stores them.
 *
 * <pre>{@code
 * VersionTable table = new VersionTable(new MariaDbVersionTableSql("migrations_version", null));
 * }</pre>
 */
public final class MariaDbVersionTableSql implements VersionTableSql {

    private final String table;
    private final String schema;

    /**
     * @param table  a plain identifier
     * @param schema a plain identifier (another database on the server), or {@code null} for the connection's
     */
    public MariaDbVersionTableSql(String table, String schema) {
        this.table = table;
        this.schema = schema;
    }

    @Override
    public String qualifiedName() {
        return schema == null ? quoted(table) : quoted(schema) + "." + quoted(table);
    }

    @Override
    public String createTable() {
        return "CREATE TABLE IF NOT EXISTS " + qualifiedName() + " (\n"
                + "    version_id VARCHAR(32) NOT NULL PRIMARY KEY,\n"
                + "    message LONGTEXT NOT NULL,\n"
                + "    checksum VARCHAR(64) NOT NULL,\n"
                + "    applied_at VARCHAR(32) NOT NULL,\n"
                + "    applied_by VARCHAR(255) NOT NULL,\n"
                + "    execution_ms BIGINT NOT NULL\n"
                + ")";
    }

    @Override
    public String existsQuery() {
        String schemaCondition = schema == null ? "TABLE_SCHEMA = DATABASE()" : "TABLE_SCHEMA = " + literal(schema);
        return "SELECT 1 FROM information_schema.TABLES WHERE " + schemaCondition + " AND TABLE_NAME = "
                + literal(table);
    }

    @Override
    public String currentTimeExpression() {
        // %f prints microseconds: keep milliseconds, as the rows written online have them
        return "LEFT(DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%d %H:%i:%s.%f'), 23)";
    }

    @Override
    public String insertLiteral(String id, String message, String checksum, String appliedBy) {
        return "INSERT INTO " + qualifiedName()
                + " (version_id, message, checksum, applied_at, applied_by, execution_ms) VALUES ("
                + literal(id) + ", " + literal(message) + ", " + literal(checksum) + ", "
                + currentTimeExpression() + ", " + literal(appliedBy) + ", 0)";
    }

    @Override
    public String deleteLiteral(String id) {
        return "DELETE FROM " + qualifiedName() + " WHERE version_id = " + literal(id);
    }

    /** A string literal as MariaDB reads it: backslashes are escapes there, so they are doubled too. */
    private static String literal(String value) {
        return MariaDbDialect.text(value);
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
