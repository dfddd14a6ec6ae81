package dev.migrations.model;

import java.util.List;

/**
 * A unique constraint. Databases name unnamed ones differently, so compare them by column set.
 *
 * @param name    the constraint name, or {@code null}
 * @param columns the constrained columns, in declaration order
 * @param origin  where it came from, or {@code null}
 */
public record UniqueConstraint(String name, List<String> columns, String origin) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a unique constraint needs at least one column");
        }
    }
}
