package dev.migrations.core.introspect;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.database.Databases;
import dev.migrations.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a live database holds into the logical {@link Schema} that autogenerate diffs against the compiled
 * model: tables, columns with logical types, keys, unique constraints, indexes, foreign keys, checks and
 * sequences. SQLite and H2 are supported; each database has its own reader behind this class. The tool's own
 * tables ({@code migrations_…}) are never returned. See {@code docs/introspection.md} for the normal forms.
 *
 * <p>The reader is immutable; the connection stays open and its transaction state is left as found.
 *
 * <pre>{@code
 * try (Connection c = DriverManager.getConnection("jdbc:sqlite:db.sqlite3")) {
 *     Schema live = SchemaReader.defaults()
 *             .filter(TableFilter.all().excluding("tmp_.*"))
 *             .read(c);
 * }
 * }</pre>
 */
public final class SchemaReader {

    private final String schema;
    private final List<String> otherSchemas;
    private final TableFilter filter;

    private SchemaReader(String schema, List<String> otherSchemas, TableFilter filter) {
        this.schema = schema;
        this.otherSchemas = List.copyOf(otherSchemas);
        this.filter = filter;
    }

    /** Reads the connection's current schema, every table but the tool's own. */
    public static SchemaReader defaults() {
        return new SchemaReader(null, List.of(), TableFilter.all());
    }

    /**
     * Reads {@code name} as the default schema: its tables come back with schema {@code null}, as the model
     * writes tables without {@code @Table(schema)}. {@code null} means the connection's current schema.
     */
    public SchemaReader schema(String name) {
        return new SchemaReader(name, otherSchemas, filter);
    }

    /** Also reads these schemas; their tables and sequences come back with the schema's name. */
    public SchemaReader otherSchemas(List<String> names) {
        return new SchemaReader(schema, names, filter);
    }

    /** Returns only the tables the filter accepts. */
    public SchemaReader filter(TableFilter tableFilter) {
        return new SchemaReader(schema, otherSchemas, tableFilter);
    }

    /**
     * Reads the database behind {@code connection}.
     *
     * @throws dev.migrations.core.database.UnsupportedDatabaseException ({@code DB-004}) for a database this
     *                                version cannot read
     * @throws DatabaseException ({@code INTROSPECT-003}) when the database refuses a metadata query
     */
    public Schema read(Connection connection) {
        try {
            DatabaseReader reader = readerFor(connection);
            String defaultSchema = schema != null ? schema : reader.currentSchema(connection);
            List<String> others = new ArrayList<>(otherSchemas);
            others.remove(defaultSchema);
            return reader.read(connection, new ReadRequest(defaultSchema, others, filter));
        } catch (MigrationsException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            // drivers report some metadata failures as runtime exceptions: both mean the same to a user
            throw new DatabaseException("INTROSPECT-003", "Reading the database schema failed: "
                    + e.getMessage() + ". Check that the configured user may read the database's metadata "
                    + "(run with " + Advice.setting("verbose") + " for the full cause).", e);
        }
    }

    private static DatabaseReader readerFor(Connection connection) throws SQLException {
        return Databases.forConnection(connection).reader();
    }
}
