package dev.migrations.core.database.generic;

import dev.migrations.core.history.VersionTableSql;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The version table in standard SQL. Its existence is asked of the driver's metadata
 * ({@code DatabaseMetaData.getTables}), which every driver answers, rather than of {@code INFORMATION_SCHEMA},
 * which Derby lacks. Names are written unquoted, so the database folds them as it folds every unquoted name; the
 * lookup tries the name as written, in upper case and in lower case.
 *
 * <pre>{@code
 * VersionTable table = new VersionTable(new GenericVersionTableSql("migrations_version", null));
 * }</pre>
 */
public final class GenericVersionTableSql implements VersionTableSql {

    private final String table;
    private final String schema;

    /**
     * @param table  a plain identifier
     * @param schema a plain identifier, or {@code null} for the connection's current schema
     */
    public GenericVersionTableSql(String table, String schema) {
        this.table = table;
        this.schema = schema;
    }

    @Override
    public String qualifiedName() {
        return schema == null ? table : schema + "." + table;
    }

    /**
     * A plain {@code CREATE TABLE}: the standard has no {@code IF NOT EXISTS}, so the runner creates the table only
     * after {@link #exists(Connection)} said it is missing. {@code message} is {@code varchar(4000)}, the longest
     * that every database of the standard's kind accepts in a plain varchar.
     */
    @Override
    public String createTable() {
        return "CREATE TABLE " + qualifiedName() + " (\n"
                + "    version_id VARCHAR(32) NOT NULL PRIMARY KEY,\n"
                + "    message VARCHAR(4000) NOT NULL,\n"
                + "    checksum VARCHAR(64) NOT NULL,\n"
                + "    applied_at VARCHAR(32) NOT NULL,\n"
                + "    applied_by VARCHAR(255) NOT NULL,\n"
                + "    execution_ms BIGINT NOT NULL\n"
                + ")";
    }

    /** The standard's catalogue query, for databases that have {@code INFORMATION_SCHEMA}. */
    @Override
    public String existsQuery() {
        String schemaCondition = schema == null ? "TABLE_SCHEMA = CURRENT_SCHEMA"
                : "UPPER(TABLE_SCHEMA) = UPPER(" + VersionTableSql.literal(schema) + ")";
        return "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE " + schemaCondition
                + " AND UPPER(TABLE_NAME) = UPPER(" + VersionTableSql.literal(table) + ")";
    }

    @Override
    public boolean exists(Connection connection) throws SQLException {
        return tableExists(connection, schema, table);
    }

    /**
     * Whether a table of this plain name exists in {@code schema} (or the connection's current schema), asked of
     * the driver's metadata in each spelling the database may have folded the name to.
     */
    static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String inSchema = schema != null ? schema : currentSchema(connection);
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            for (String s : inSchema == null ? new String[] {null}
                    : new String[] {inSchema, inSchema.toUpperCase(Locale.ROOT), inSchema.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rows = meta.getTables(null, s, name, null)) {
                    while (rows.next()) {
                        // '_' in a name pattern matches any character: only the name itself counts
                        if (table.equalsIgnoreCase(rows.getString("TABLE_NAME"))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The connection's current schema, or {@code null} where the driver cannot say. */
    static String currentSchema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    /** Standard SQL's timestamp as text; its exact format is the database's. */
    @Override
    public String currentTimeExpression() {
        return "CAST(CURRENT_TIMESTAMP AS VARCHAR(32))";
    }
}
