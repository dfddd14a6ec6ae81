package dev.migrations.model;

import java.util.Objects;

/**
 * One column of an index, with its sort direction.
 *
 * @param name       the column name
 * @param descending {@code true} for {@code DESC}
 */
public record IndexColumn(String name, boolean descending) {

    public IndexColumn {
        Objects.requireNonNull(name, "name");
    }

    public static IndexColumn asc(String name) {
        return new IndexColumn(name, false);
    }
}
