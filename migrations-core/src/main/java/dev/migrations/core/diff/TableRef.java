package dev.migrations.core.diff;

import dev.migrations.model.Table;
import java.util.Objects;

/**
 * Names the table a change applies to.
 *
 * <pre>{@code
 * TableRef students = TableRef.of(table);   // or new TableRef(null, "students")
 * }</pre>
 *
 * @param schema the schema, or {@code null} for the connection's default
 * @param name   the table name
 */
public record TableRef(String schema, String name) {

    public TableRef {
        Objects.requireNonNull(name, "name");
    }

    public static TableRef of(Table table) {
        return new TableRef(table.schema(), table.name());
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
