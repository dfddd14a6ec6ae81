package dev.migrations.processor;

import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;

/**
 * A join column and the column it references.
 *
 * @param name       the physical name
 * @param referenced the referenced column of the target table
 * @param nullable   {@code @JoinColumn(nullable)}
 * @param unique     {@code @JoinColumn(unique)}
 * @param definition {@code @JoinColumn(columnDefinition)}, or {@code null}
 */
record JoinColumn(String name, Column referenced, boolean nullable, boolean unique, String definition) {

    /** The join column as a table column: the referenced type, or its own {@code columnDefinition}. */
    Column column(boolean columnNullable, String origin) {
        if (definition != null) {
            return new Column(name, ColumnType.of(TypeKind.OTHER), columnNullable, null, false, null, definition,
                    origin);
        }
        return new Column(name, referenced.type(), columnNullable, null, false, null, referenced.columnDefinition(),
                origin);
    }
}
