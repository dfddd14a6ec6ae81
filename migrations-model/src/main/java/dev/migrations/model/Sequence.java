package dev.migrations.model;

import java.util.Objects;

/**
 * A database sequence, as an ORM generator needs it. Dialects without sequences (SQLite, MySQL) emulate it
 * with a one-row table {@code <name>(next_val bigint)} holding {@code start}, as Hibernate does.
 *
 * @param schema    the schema, or {@code null}
 * @param name      the sequence name
 * @param start     the first value
 * @param increment the increment (Hibernate's allocation size)
 * @param origin    where it came from, or {@code null}
 */
public record Sequence(String schema, String name, long start, int increment, String origin) {

    public Sequence {
        Objects.requireNonNull(name, "name");
    }
}
