package dev.migrations.core.testing;

import dev.migrations.model.Column;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import java.util.Comparator;

/** Schema comparisons for databases that cannot place a column (PostgreSQL adds it at the end of its table). */
public final class ColumnOrder {

    private ColumnOrder() {
    }

    /**
     * The schema with each table's columns in name order: a column that a downgrade puts back comes last on
     * PostgreSQL, and is otherwise the same column.
     */
    public static Schema byName(Schema schema) {
        return new Schema(schema.tables().stream().map(t -> new Table(t.schema(), t.name(), t.comment(),
                t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(),
                t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(), t.origin())).toList(),
                schema.sequences(), schema.generatorTables());
    }
}
