package dev.migrations.core.dialect;

import dev.migrations.model.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model in the physical form a database holds: on SQLite a sequence becomes a one-row table. Tables that need
 * rows to work (sequence tables, generator tables) carry them here.
 *
 * <pre>{@code
 * LoweredSchema physical = new SqliteDialect().lower(model);
 * physical.rowsFor("students_SEQ");   // [[1]]: the sequence table's one row
 * }</pre>
 *
 * @param schema      the physical schema
 * @param initialRows per table name, the rows (SQL literals in column order) to insert when the table is created
 */
public record LoweredSchema(Schema schema, Map<String, List<List<String>>> initialRows) {

    public LoweredSchema {
        initialRows = new TreeMap<>(initialRows);
    }

    public static LoweredSchema of(Schema schema) {
        return new LoweredSchema(schema, Map.of());
    }

    public List<List<String>> rowsFor(String table) {
        return initialRows.getOrDefault(table, List.of());
    }
}
