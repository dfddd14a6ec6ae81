package dev.migrations.core.dialect;

import dev.migrations.core.introspect.DefaultValues;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which columns are string enums, for the databases where Hibernate writes them as a native {@code enum(…)} type
 * (H2, MariaDB, MySQL). The model describes a {@code @Enumerated(STRING)} attribute as a {@code varchar} column
 * with an unnamed {@code in} check whose origin names the attribute ({@code Product#status}); a reader gives the
 * check it makes from a native enum column the origin {@link #NATIVE_ENUM}. A discriminator's check (its origin is
 * the entity), a named check and a column whose default is not one of the values stay a {@code varchar} with a
 * check.
 *
 * <pre>{@code
 * Optional<List<String>> values = StringEnums.values(table, column);   // sorted, as Hibernate writes them
 * }</pre>
 */
public final class StringEnums {

    /** The origin of the check a native enum column reads back as. */
    public static final String NATIVE_ENUM = "native enum type";

    private StringEnums() {
    }

    /** The check that makes {@code column} of {@code table} an enum, if it is one. */
    public static Optional<CheckConstraint> check(Table table, String column) {
        if (table == null) {
            return Optional.empty();
        }
        Optional<Column> varchar = table.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)
                && c.columnDefinition() == null && c.type().kind() == TypeKind.VARCHAR).findFirst();
        if (varchar.isEmpty()) {
            return Optional.empty();
        }
        return table.checks().stream().filter(c -> isEnumCheck(c) && ((CheckCondition.InValues) c.condition())
                .column().equalsIgnoreCase(column)).filter(c -> defaultFits(varchar.get(),
                ((CheckCondition.InValues) c.condition()).values())).findFirst();
    }

    /** The enum's values, sorted as Hibernate writes a native enum's values, if the column is an enum. */
    public static Optional<List<String>> values(Table table, Column column) {
        if (column.columnDefinition() != null || column.type().kind() != TypeKind.VARCHAR) {
            return Optional.empty();
        }
        return check(table, column.name())
                .map(c -> List.copyOf(new TreeSet<>(((CheckCondition.InValues) c.condition()).values())));
    }

    /** Whether {@code check} is written as the native enum type of its column in {@code table}. */
    public static boolean isTypeOf(Table table, CheckConstraint check) {
        return table != null && isEnumCheck(check)
                && check(table, ((CheckCondition.InValues) check.condition()).column())
                .filter(c -> c == check || c.equals(check)).isPresent();
    }

    /**
     * Whether an unnamed in-list check stands for a Java enum: the processor's check of an enum attribute (its
     * origin names the attribute, {@code Type#field}), or one a reader made from a native enum column.
     */
    static boolean isEnumCheck(CheckConstraint c) {
        return c.name() == null && c.condition() instanceof CheckCondition.InValues in && !in.values().isEmpty()
                && c.origin() != null && (c.origin().contains("#") || c.origin().equals(NATIVE_ENUM));
    }

    /** An enum refuses a default that is not one of its values. */
    private static boolean defaultFits(Column column, List<String> values) {
        String d = DefaultValues.normalize(column.defaultValue(), TypeKind.VARCHAR);
        return d == null || (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")
                && values.contains(d.substring(1, d.length() - 1).replace("''", "'")));
    }
}
