package dev.migrations.processor;

import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders the columns of composite primary keys as Hibernate ORM 6.2+ and 7 do, and the foreign keys that reference
 * them to follow. Hibernate's standard column ordering sorts a key of several columns by the physical size of each
 * column's type (at least 4 bytes), then puts those over 2048 bytes last, then by column name; a unique
 * constraint over exactly the key's columns gives its order instead. A foreign key that references a key so
 * reordered lists its columns in the key's new order.
 *
 * <pre>{@code
 * List<Table> ordered = HibernateKeyOrder.apply(tables);
 * // (owner_id bigint, position integer) -> primary key (position, owner_id)
 * }</pre>
 */
final class HibernateKeyOrder {

    /** Hibernate's default string and binary length, which it sizes as the database's longest varchar. */
    private static final int DEFAULT_LENGTH = 255;
    private static final int UNBOUNDED = Integer.MAX_VALUE;
    /** Decimal digits per byte, as Hibernate converts a precision to a size. */
    private static final double DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;
    private static final int DEFAULT_DECIMAL_PRECISION = 38;

    private HibernateKeyOrder() {
    }

    static List<Table> apply(List<Table> tables) {
        Map<String, List<String>> reordered = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Table> keyed = new ArrayList<>();
        for (Table t : tables) {
            PrimaryKey pk = t.primaryKey();
            if (pk == null || pk.columns().size() < 2) {
                keyed.add(t);
                continue;
            }
            List<String> order = orderingUnique(t, pk).orElseGet(() -> bySize(t, pk.columns()));
            reordered.put(qualified(t.schema(), t.name()), order);
            keyed.add(withKey(t, new PrimaryKey(pk.name(), order)));
        }
        List<Table> out = new ArrayList<>();
        for (Table t : keyed) {
            out.add(withForeignKeys(t, t.foreignKeys().stream().map(fk -> follow(fk, t, reordered)).toList()));
        }
        return out;
    }

    /** The order of a unique constraint over exactly the key's columns, which Hibernate folds into the key. */
    private static Optional<List<String>> orderingUnique(Table t, PrimaryKey pk) {
        Set<String> key = lower(pk.columns());
        return t.uniqueConstraints().stream().map(UniqueConstraint::columns)
                .filter(columns -> columns.size() == pk.columns().size() && lower(columns).equals(key))
                .findFirst();
    }

    private static List<String> bySize(Table t, List<String> columns) {
        Comparator<String> bySize = Comparator.comparingInt(c -> Math.max(size(t, c), 4));
        return columns.stream().sorted(bySize.thenComparing(c -> size(t, c) > 2048).thenComparing(c -> c)).toList();
    }

    private static ForeignKey follow(ForeignKey fk, Table owner, Map<String, List<String>> reordered) {
        String target = qualified(fk.referencedSchema() == null ? owner.schema() : fk.referencedSchema(),
                fk.referencedTable());
        List<String> order = reordered.get(target);
        if (order == null || fk.columns().size() != order.size()
                || !lower(fk.referencedColumns()).equals(lower(order))) {
            return fk;
        }
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        for (String keyColumn : order) {
            for (int i = 0; i < fk.referencedColumns().size(); i++) {
                if (fk.referencedColumns().get(i).equalsIgnoreCase(keyColumn)) {
                    columns.add(fk.columns().get(i));
                    referenced.add(fk.referencedColumns().get(i));
                }
            }
        }
        return new ForeignKey(fk.name(), columns, fk.referencedSchema(), fk.referencedTable(), referenced,
                fk.onDelete(), fk.onUpdate(), fk.origin());
    }

    /** The bytes Hibernate reckons a column of this type takes. */
    static int size(Table t, String column) {
        ColumnType type = t.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).map(Column::type)
                .findFirst().orElse(null);
        if (type == null) {
            return UNBOUNDED;
        }
        return switch (type.kind()) {
            case BOOLEAN, TINYINT -> 1;
            case SMALLINT -> 2;
            case INTEGER, FLOAT, DATE, TIME -> 4;
            case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_TZ -> 8;
            case UUID -> 16;
            case DECIMAL -> (int) Math.ceil((type.precision() == null ? DEFAULT_DECIMAL_PRECISION : type.precision())
                    / DIGITS_PER_BYTE);
            case CHAR, VARCHAR, BINARY, VARBINARY -> type.length() == null || type.length() == DEFAULT_LENGTH
                    ? UNBOUNDED : type.length();
            case CLOB, BLOB, OTHER -> UNBOUNDED;
        };
    }

    private static Table withKey(Table t, PrimaryKey pk) {
        return new Table(t.schema(), t.name(), t.comment(), t.columns(), pk, t.uniqueConstraints(), t.indexes(),
                t.foreignKeys(), t.checks(), t.origin(), t.renamedFrom());
    }

    private static Table withForeignKeys(Table t, List<ForeignKey> fks) {
        return new Table(t.schema(), t.name(), t.comment(), t.columns(), t.primaryKey(), t.uniqueConstraints(),
                t.indexes(), fks, t.checks(), t.origin(), t.renamedFrom());
    }

    private static String qualified(String schema, String table) {
        return (schema == null ? "" : schema + ".") + table;
    }

    private static Set<String> lower(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }
}
