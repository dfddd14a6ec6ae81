package dev.migrations.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. Default names differ between tools, so compare foreign keys by columns and target.
 *
 * <pre>{@code
 * ForeignKey author = new ForeignKey(null, List.of("author_id"), null, "Author", List.of("id"),
 *         ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, "com.acme.Book#author");
 * }</pre>
 *
 * @param name              the constraint name, or {@code null}
 * @param columns           the referencing columns
 * @param referencedSchema  the schema of the referenced table, or {@code null}
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} by position
 * @param onDelete          the action on delete
 * @param onUpdate          the action on update
 * @param origin            where it came from, or {@code null}
 */
public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
                         String origin) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("a foreign key needs as many referenced columns as columns: "
                    + columns + " -> " + referencedColumns);
        }
    }
}
