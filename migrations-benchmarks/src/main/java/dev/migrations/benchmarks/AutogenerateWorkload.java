package dev.migrations.benchmarks;

import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The autogenerate benchmark's schemas: a database of {@code n} tables of 10 columns, and a model equal to it
 * except for ten changes.
 *
 * <p>Every table has a {@code bigint} primary key {@code id}, a {@code name} and a {@code code} varchar, five
 * columns of mixed types (integers with a default, decimals, booleans, dates, timestamps, doubles, clobs, short
 * varchars), a nullable {@code parent_id} and a {@code created_at} timestamp. About 70 % of the tables have a
 * foreign key from {@code parent_id} to an earlier table (with varied {@code on delete} actions), 40 % a unique
 * constraint on {@code code}, half an index on {@code name}, a fifth a two-column index with a descending
 * column. The same table count and seed always give the same schema.
 *
 * <pre>{@code
 * Schema database = AutogenerateWorkload.database(1000, 42L);
 * AutogenerateWorkload.Changed changed = AutogenerateWorkload.withTenChanges(database);
 * Schema model = changed.model();   // what autogenerate compares the database with
 * }</pre>
 */
final class AutogenerateWorkload {

    /** How many changes {@link #withTenChanges} makes; the fewest tables it needs is {@link #MINIMUM_TABLES}. */
    static final int CHANGES = 10;
    static final int MINIMUM_TABLES = 20;

    private static final String[] NOUNS = {"customer", "invoice", "product", "shipment", "account", "ledger",
            "supplier", "order_line", "payment", "warehouse", "employee", "contract"};
    // RESTRICT included: H2 reads it back as NO ACTION, which the diff must take as equal (Dialect.effectiveAction)
    private static final ReferentialAction[] ON_DELETE = {ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT,
            ReferentialAction.CASCADE, ReferentialAction.SET_NULL};

    private AutogenerateWorkload() {
    }

    /** One expected change: its kind ({@code AddColumn}, …) and the table it applies to. */
    record ExpectedChange(String kind, String table) {
    }

    /** The model and the changes a diff against the database must find. */
    record Changed(Schema model, List<ExpectedChange> expected) {
    }

    /** The database's schema: {@code tables} tables named {@code <noun>_<number>}. */
    static Schema database(int tables, long seed) {
        Random random = new Random(seed);
        List<Table> all = new ArrayList<>(tables);
        List<String> names = new ArrayList<>(tables);
        for (int i = 0; i < tables; i++) {
            names.add(tableName(i));
        }
        for (int i = 0; i < tables; i++) {
            all.add(table(names.get(i), i == 0 ? null : names.get(random.nextInt(i)), random));
        }
        return new Schema(all, List.of(), List.of());
    }

    static String tableName(int i) {
        return String.format(Locale.ROOT, "%s_%04d", NOUNS[i % NOUNS.length], i);
    }

    private static Table table(String name, String earlier, Random random) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null));
        columns.add(Column.of("name", ColumnType.varchar(new int[] {50, 100, 120, 255}[random.nextInt(4)]),
                false, null));
        columns.add(Column.of("code", ColumnType.varchar(32), random.nextInt(3) == 0, null));
        for (int slot = 1; slot <= 5; slot++) {
            columns.add(mixedColumn("c" + slot, random));
        }
        columns.add(Column.of("parent_id", ColumnType.of(TypeKind.BIGINT), true, null));
        columns.add(Column.of("created_at", new ColumnType(TypeKind.TIMESTAMP, null, 6, null), false, null));

        List<UniqueConstraint> uniques = new ArrayList<>();
        if (random.nextInt(10) < 4) {
            uniques.add(new UniqueConstraint(null, List.of("code"), null));
        }
        List<Index> indexes = new ArrayList<>();
        if (random.nextBoolean()) {
            indexes.add(new Index("ix_" + name + "_name", List.of(IndexColumn.asc("name")), false, null));
        }
        if (random.nextInt(5) == 0) {
            indexes.add(new Index("ix_" + name + "_recent", List.of(new IndexColumn("created_at", true),
                    IndexColumn.asc("id")), false, null));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        if (earlier != null && random.nextInt(10) < 7) {
            foreignKeys.add(parentKey(earlier, ON_DELETE[random.nextInt(ON_DELETE.length)]));
        }
        return new Table(null, name, null, columns, PrimaryKey.of("id"), uniques, indexes, foreignKeys, List.of(),
                null);
    }

    private static ForeignKey parentKey(String target, ReferentialAction onDelete) {
        return new ForeignKey(null, List.of("parent_id"), null, target, List.of("id"), onDelete,
                ReferentialAction.NO_ACTION, null);
    }

    private static Column mixedColumn(String name, Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> new Column(name, ColumnType.of(TypeKind.INTEGER), false, "0", false, null, null, null);
            case 1 -> Column.of(name, ColumnType.decimal(12, 2), true, null);
            case 2 -> Column.of(name, ColumnType.of(TypeKind.BOOLEAN), random.nextBoolean(), null);
            case 3 -> Column.of(name, ColumnType.of(TypeKind.DATE), true, null);
            case 4 -> Column.of(name, new ColumnType(TypeKind.TIMESTAMP, null, 6, null), true, null);
            case 5 -> Column.of(name, ColumnType.of(TypeKind.DOUBLE), true, null);
            case 6 -> Column.of(name, ColumnType.of(TypeKind.CLOB), true, null);
            case 7 -> Column.of(name, ColumnType.of(TypeKind.SMALLINT), false, null);
            case 8 -> Column.of(name, ColumnType.of(TypeKind.BIGINT), true, null);
            default -> Column.of(name, ColumnType.varchar(20), true, null);
        };
    }

    /**
     * The model: {@code database} with an added column, a dropped column, a widened varchar, a column made NOT
     * NULL, an added table, a dropped table, a dropped index, an added index, a new foreign key and a new unique
     * constraint, each on its own table, spread over the schema.
     */
    static Changed withTenChanges(Schema database) {
        int n = database.tables().size();
        if (n < MINIMUM_TABLES) {
            throw new IllegalArgumentException("[BENCH-002] the autogenerate workload needs at least "
                    + MINIMUM_TABLES + " tables to spread its ten changes, got " + n + "; pass --tables "
                    + MINIMUM_TABLES + " or more");
        }
        List<Table> tables = new ArrayList<>(database.tables());
        Set<String> referenced = new HashSet<>();
        tables.forEach(t -> t.foreignKeys().forEach(fk -> referenced.add(fk.referencedTable())));
        Set<Integer> used = new HashSet<>();
        List<ExpectedChange> expected = new ArrayList<>();

        int at = pick(tables, used, 1, t -> true);
        tables.set(at, withColumns(tables.get(at), addColumn(tables.get(at).columns(),
                Column.of("email", ColumnType.varchar(255), true, null))));
        expected.add(new ExpectedChange("AddColumn", tables.get(at).name()));

        at = pick(tables, used, 2, t -> true);
        tables.set(at, withColumns(tables.get(at), tables.get(at).columns().stream()
                .filter(c -> !c.name().equals("c1")).toList()));
        expected.add(new ExpectedChange("DropColumn", tables.get(at).name()));

        at = pick(tables, used, 3, t -> true);
        tables.set(at, withColumns(tables.get(at), tables.get(at).columns().stream()
                .map(c -> c.name().equals("name") ? c.withType(ColumnType.varchar(c.type().length() + 50)) : c)
                .toList()));
        expected.add(new ExpectedChange("AlterColumnType", tables.get(at).name()));

        at = pick(tables, used, 4, t -> t.column("code").orElseThrow().nullable());
        tables.set(at, withColumns(tables.get(at), tables.get(at).columns().stream()
                .map(c -> c.name().equals("code") ? c.withNullable(false) : c).toList()));
        expected.add(new ExpectedChange("AlterColumnNullability", tables.get(at).name()));

        at = pick(tables, used, 5, t -> !t.indexes().isEmpty());
        Table t = tables.get(at);
        tables.set(at, new Table(t.schema(), t.name(), t.comment(), t.columns(), t.primaryKey(),
                t.uniqueConstraints(), t.indexes().subList(1, t.indexes().size()), t.foreignKeys(), t.checks(),
                t.origin()));
        expected.add(new ExpectedChange("DropIndex", t.name()));

        at = pick(tables, used, 6, x -> x.indexes().isEmpty());
        t = tables.get(at);
        tables.set(at, new Table(t.schema(), t.name(), t.comment(), t.columns(), t.primaryKey(),
                t.uniqueConstraints(), List.of(new Index("ix_" + t.name() + "_code_name",
                List.of(IndexColumn.asc("code"), IndexColumn.asc("name")), false, null)), t.foreignKeys(),
                t.checks(), t.origin()));
        expected.add(new ExpectedChange("AddIndex", t.name()));

        at = pick(tables, used, 7, x -> x.foreignKeys().isEmpty() && !x.name().equals(tables.get(0).name()));
        t = tables.get(at);
        tables.set(at, new Table(t.schema(), t.name(), t.comment(), t.columns(), t.primaryKey(),
                t.uniqueConstraints(), t.indexes(), List.of(parentKey(tables.get(0).name(),
                ReferentialAction.SET_NULL)), t.checks(), t.origin()));
        expected.add(new ExpectedChange("AddForeignKey", t.name()));

        at = pick(tables, used, 8, x -> x.uniqueConstraints().isEmpty());
        t = tables.get(at);
        tables.set(at, new Table(t.schema(), t.name(), t.comment(), t.columns(), t.primaryKey(),
                List.of(new UniqueConstraint(null, List.of("code"), null)), t.indexes(), t.foreignKeys(),
                t.checks(), t.origin()));
        expected.add(new ExpectedChange("AddUniqueConstraint", t.name()));

        // a table nothing references, so that dropping it breaks no foreign key
        at = pick(tables, used, 9, x -> !referenced.contains(x.name()));
        expected.add(new ExpectedChange("DropTable", tables.get(at).name()));
        String dropped = tables.get(at).name();

        Table audit = new Table(null, "audit_event", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("table_id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("action", ColumnType.varchar(16), false, null),
                Column.of("happened_at", new ColumnType(TypeKind.TIMESTAMP, null, 6, null), false, null)),
                PrimaryKey.of("id"), List.of(), List.of(new Index("ix_audit_event_happened",
                List.of(IndexColumn.asc("happened_at")), false, null)),
                List.of(new ForeignKey(null, List.of("table_id"), null, tables.get(0).name(), List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, null)), List.of(), null);
        expected.add(new ExpectedChange("AddTable", audit.name()));

        List<Table> model = new ArrayList<>(tables.stream().filter(x -> !x.name().equals(dropped)).toList());
        model.add(audit);
        return new Changed(new Schema(model, List.of(), List.of()), List.copyOf(expected));
    }

    /** The first table at or after the {@code part}-th tenth of the schema that fits and is not used yet. */
    private static int pick(List<Table> tables, Set<Integer> used, int part, Predicate<Table> fits) {
        int n = tables.size();
        int start = n * part / CHANGES;
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            if (i != 0 && !used.contains(i) && fits.test(tables.get(i))) {
                used.add(i);
                return i;
            }
        }
        throw new IllegalStateException("[BENCH-003] no table fits change " + part + " among " + n
                + " tables; the workload's shares of keys and indexes changed: run AutogenerateWorkloadTest");
    }

    private static List<Column> addColumn(List<Column> columns, Column added) {
        List<Column> out = new ArrayList<>(columns);
        out.add(added);
        return out;
    }

    private static Table withColumns(Table t, List<Column> columns) {
        return new Table(t.schema(), t.name(), t.comment(), columns, t.primaryKey(), t.uniqueConstraints(),
                t.indexes(), t.foreignKeys(), t.checks(), t.origin());
    }
}
