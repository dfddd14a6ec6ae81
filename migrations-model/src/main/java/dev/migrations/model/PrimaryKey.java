package dev.migrations.model;

import java.util.List;

/**
 * A primary key.
 *
 * @param name    the constraint name, or {@code null} to let the database choose
 * @param columns the key columns, in key order
 */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }

    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }
}
