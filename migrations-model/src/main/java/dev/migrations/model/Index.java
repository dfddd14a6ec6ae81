package dev.migrations.model;

import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param name    the index name
 * @param columns the indexed columns in order, each with its direction
 * @param unique  whether the index is unique
 * @param origin  where it came from, or {@code null}
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String origin) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one column");
        }
    }
}
