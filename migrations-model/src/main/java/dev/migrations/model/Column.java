package dev.migrations.model;

import java.util.List;
import java.util.Objects;

/**
 * A table column.
 *
 * <pre>{@code
 * Column email = new Column("email", ColumnType.varchar(120), false, null, false, null, null,
 *         "com.acme.User#email");
 * }</pre>
 *
 * @param name             the physical column name
 * @param type             the logical type
 * @param nullable         whether the column accepts {@code null}
 * @param defaultValue     the default as an SQL expression ({@code 'draft'}, {@code 0}), or {@code null}
 * @param identity         whether the database generates the value (identity / auto-increment)
 * @param comment          the column comment, or {@code null}
 * @param columnDefinition the {@code @Column(columnDefinition)} text used verbatim in DDL, or {@code null}
 * @param origin           where the column came from ({@code com.acme.User#email}), or {@code null}
 * @param renamedFrom      the names the column had in the database before ({@code @RenamedFrom}), in the order
 *                         written; empty when it was not renamed
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultValue, boolean identity,
                     String comment, String columnDefinition, String origin, List<String> renamedFrom) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        renamedFrom = renamedFrom == null ? List.of() : List.copyOf(renamedFrom);
    }

    /** A column that was not renamed. */
    public Column(String name, ColumnType type, boolean nullable, String defaultValue, boolean identity,
                  String comment, String columnDefinition, String origin) {
        this(name, type, nullable, defaultValue, identity, comment, columnDefinition, origin, List.of());
    }

    /** A column with no default, identity, comment or definition. */
    public static Column of(String name, ColumnType type, boolean nullable, String origin) {
        return new Column(name, type, nullable, null, false, null, null, origin);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultValue, identity, comment, columnDefinition,
                origin, renamedFrom);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, identity, comment, columnDefinition,
                origin, renamedFrom);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultValue, identity, comment, columnDefinition,
                origin, renamedFrom);
    }

    public Column withDefaultValue(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment, columnDefinition,
                origin, renamedFrom);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, defaultValue, newIdentity, comment, columnDefinition,
                origin, renamedFrom);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultValue, identity, newComment, columnDefinition,
                origin, renamedFrom);
    }

    public Column withColumnDefinition(String newDefinition) {
        return new Column(name, type, nullable, defaultValue, identity, comment, newDefinition,
                origin, renamedFrom);
    }

    /** The same column with other earlier names ({@code @RenamedFrom("mail")} gives {@code [mail]}). */
    public Column withRenamedFrom(List<String> names) {
        return new Column(name, type, nullable, defaultValue, identity, comment, columnDefinition, origin, names);
    }

    public Column withOrigin(String newOrigin) {
        return new Column(name, type, nullable, defaultValue, identity, comment, columnDefinition, newOrigin,
                renamedFrom);
    }
}
