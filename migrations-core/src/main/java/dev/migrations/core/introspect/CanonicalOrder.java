package dev.migrations.core.introspect;

import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.UniqueConstraint;
import java.util.Comparator;
import java.util.List;

/**
 * The order every reader lists a table's constraints in, whatever order the database keeps them in: unique
 * constraints and foreign keys by their column lists (names are often generated), indexes by name. Check
 * constraints keep the database's order (SQLite: declaration order; H2: constraint name).
 */
public final class CanonicalOrder {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private CanonicalOrder() {
    }

    public static List<UniqueConstraint> uniques(List<UniqueConstraint> uniques) {
        return uniques.stream().sorted(Comparator.comparing((UniqueConstraint u) -> String.join(",", u.columns()))
                .thenComparing(UniqueConstraint::name, NULLS_FIRST)).toList();
    }

    public static List<Index> indexes(List<Index> indexes) {
        return indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    }

    public static List<ForeignKey> foreignKeys(List<ForeignKey> keys) {
        return keys.stream().sorted(Comparator.comparing((ForeignKey f) -> String.join(",", f.columns()))
                .thenComparing(ForeignKey::referencedSchema, NULLS_FIRST)
                .thenComparing(ForeignKey::referencedTable)
                .thenComparing(ForeignKey::name, NULLS_FIRST)).toList();
    }
}
