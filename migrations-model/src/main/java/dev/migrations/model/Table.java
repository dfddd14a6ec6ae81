package dev.migrations.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns and constraints.
 *
 * <pre>{@code
 * Table users = new Table(null, "users", null,
 *         List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, "com.acme.User#id")),
 *         PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), "com.acme.User");
 * }</pre>
 *
 * @param schema            the schema, or {@code null} for the connection's default
 * @param name              the physical table name
 * @param comment           the table comment, or {@code null}
 * @param columns           the columns, in table order
 * @param primaryKey        the primary key, or {@code null}
 * @param uniqueConstraints the unique constraints
 * @param indexes           the indexes
 * @param foreignKeys       the foreign keys
 * @param checks            the check constraints
 * @param origin            where the table came from ({@code com.acme.User}), or {@code null}
 * @param renamedFrom       the names the table had in the database before ({@code @RenamedFrom}), in the order
 *                          written; empty when it was not renamed
 */
public record Table(String schema, String name, String comment, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
                    List<CheckConstraint> checks, String origin, List<String> renamedFrom) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        renamedFrom = renamedFrom == null ? List.of() : List.copyOf(renamedFrom);
    }

    /** A table that was not renamed. */
    public Table(String schema, String name, String comment, List<Column> columns, PrimaryKey primaryKey,
                 List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
                 List<CheckConstraint> checks, String origin) {
        this(schema, name, comment, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, origin,
                List.of());
    }

    /** The same table with other earlier names ({@code @RenamedFrom("customers")} gives {@code [customers]}). */
    public Table withRenamedFrom(List<String> names) {
        return new Table(schema, name, comment, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks,
                origin, names);
    }

    /** The column with this exact name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** {@code schema.name}, or {@code name} when there is no schema. */
    public String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }
}
