package dev.migrations.core.dialect;

import dev.migrations.model.Column;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a NOT NULL integer column added to a table with rows joins a new key together with existing columns (the
 * order column {@code @OrderColumn} adds to a collection table, whose key becomes owner + order), one value for every
 * row breaks the key as soon as an owner has two rows. The column then numbers the rows 0..n-1 within each group of
 * the key's other columns, which is what the new key needs (and what the collection's order means).
 *
 * <pre>{@code
 * List<String> partners = RowNumbering.partners(goal, start, orderColumn);   // [Basket_id]
 * }</pre>
 */
public final class RowNumbering {

    private static final Set<TypeKind> INTEGERS = Set.of(TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.INTEGER,
            TypeKind.BIGINT);

    private RowNumbering() {
    }

    /**
     * The other columns of the new primary key or unique constraint of {@code goal} that the added column {@code c}
     * joins, all already in {@code start}; empty when {@code c} joins no such key, is not an integer, or has a default
     * or identity (which give values of their own).
     */
    public static List<String> partners(Table goal, Table start, Column c) {
        if (goal == null || start == null || c.nullable() || c.defaultValue() != null || c.identity()
                || !INTEGERS.contains(c.type().kind()) || has(start.columns().stream().map(Column::name).toList(),
                c.name())) {
            return List.of();
        }
        List<List<String>> keys = new ArrayList<>();
        if (goal.primaryKey() != null) {
            keys.add(goal.primaryKey().columns());
        }
        goal.uniqueConstraints().stream().map(UniqueConstraint::columns).forEach(keys::add);
        List<String> existing = start.columns().stream().map(Column::name).toList();
        for (List<String> key : keys) {
            if (key.size() < 2 || !has(key, c.name())) {
                continue;
            }
            List<String> others = key.stream().filter(k -> !k.equalsIgnoreCase(c.name())).toList();
            if (others.stream().allMatch(o -> has(existing, o))) {
                return others;
            }
        }
        return List.of();
    }

    private static boolean has(List<String> names, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
