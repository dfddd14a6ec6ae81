package dev.migrations.model;

import java.util.List;
import java.util.Objects;

/**
 * A database sequence, as an ORM generator needs it. Dialects without sequences (SQLite, MySQL) emulate it
 * with a one-row table {@code <name>(next_val bigint)} holding {@code start}, as Hibernate does.
 *
 * @param schema      the schema, or {@code null}
 * @param name        the sequence name
 * @param start       the first value
 * @param increment   the increment (Hibernate's allocation size)
 * @param origin      where it came from, or {@code null}
 * @param renamedFrom the names the sequence had in the database before, in the order written; empty when it was
 *                    not renamed. Hibernate names a table's implicit sequence after the table
 *                    ({@code customers_SEQ}), so a table renamed with {@code @RenamedFrom("customers")} takes
 *                    its sequence along: {@code clients_SEQ} was {@code customers_SEQ}
 */
public record Sequence(String schema, String name, long start, int increment, String origin,
                       List<String> renamedFrom) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        renamedFrom = renamedFrom == null ? List.of() : List.copyOf(renamedFrom);
    }

    /** A sequence that was not renamed. */
    public Sequence(String schema, String name, long start, int increment, String origin) {
        this(schema, name, start, increment, origin, List.of());
    }

    /** The same sequence with other earlier names. */
    public Sequence withRenamedFrom(List<String> names) {
        return new Sequence(schema, name, start, increment, origin, names);
    }
}
