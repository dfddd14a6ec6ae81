package dev.migrations.core.dialect;

import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.diff.TableRef;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The guards of one direction of a plan: for every step whose success depends on the data, a query that finds the
 * rows it would fail on. Every query reads the tables as they are when the section starts (a runner runs all guards
 * of a revision before its first statement), so a step on a table the same section creates gets none (the table is
 * empty), and a step on a column the same section adds gets none of its own: such a column holds nulls, its
 * default, or the value the step that adds it gives (see {@link #missingValue}).
 *
 * <pre>{@code
 * List<DataGuard> guards = new DataGuards(dialect).of(diff);
 * }</pre>
 */
final class DataGuards {

    private static final Map<TypeKind, long[]> INTEGER_RANGE = Map.of(
            TypeKind.TINYINT, new long[] {-128, 127},
            TypeKind.SMALLINT, new long[] {-32768, 32767},
            TypeKind.INTEGER, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            TypeKind.BIGINT, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    private static final Map<TypeKind, Integer> INTEGER_DIGITS = Map.of(
            TypeKind.TINYINT, 3, TypeKind.SMALLINT, 5, TypeKind.INTEGER, 10, TypeKind.BIGINT, 19);
    private static final Set<TypeKind> TEXT = Set.of(TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.CLOB);
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final BaseDialect dialect;

    DataGuards(BaseDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The guards of the steps of {@code diff}, in the order of its changes. A step on a table the section renames,
     * or renames a column of, gets none (nor a foreign key to such a table): the diff names it as it is after the
     * rename, which its guard, run before the section's first statement, would not find yet.
     */
    List<DataGuard> of(SchemaDiff diff) {
        Set<TableRef> renamed = new LinkedHashSet<>();
        for (Change change : diff.changes()) {
            if (change instanceof Change.RenameTable r) {
                renamed.add(r.to());
            } else if (change instanceof Change.RenameColumn r) {
                renamed.add(r.table());
            }
        }
        List<DataGuard> guards = new ArrayList<>();
        for (Change change : diff.changes()) {
            TableRef ref = change.table();
            Table start = ref == null ? null : diff.databaseTable(ref).orElse(null);
            Table goal = ref == null ? null : diff.modelTable(ref).orElse(null);
            if (start == null || change instanceof Change.AddTable || change instanceof Change.DropTable
                    || renamed.contains(ref) || change instanceof Change.AddForeignKey f && renamed.contains(
                            new TableRef(f.foreignKey().referencedSchema(), f.foreignKey().referencedTable()))) {
                continue;
            }
            guards.addAll(guardsOf(change, diff, ref, start, goal));
        }
        return List.copyOf(guards);
    }

    private List<DataGuard> guardsOf(Change change, SchemaDiff diff, TableRef ref, Table start, Table goal) {
        String step = change.description();
        if (change instanceof Change.AlterColumnType t) {
            return narrowing(ref, start, t.from(), t.to()).map(where -> List.of(new DataGuard(step + ": "
                    + where.what(), select(ref, start, List.of(t.to().name()), where.condition())))).orElse(List.of());
        }
        if (change instanceof Change.AlterColumnNullability n && !n.to().nullable()) {
            return List.of(new DataGuard(step + ": rows that hold null", select(ref, start, List.of(n.to().name()),
                    dialect.quote(n.to().name()) + " is null")));
        }
        if (change instanceof Change.AddPrimaryKey a && all(start, a.primaryKey().columns())) {
            List<String> columns = a.primaryKey().columns();
            return List.of(
                    new DataGuard(step + ": rows with a null key column", select(ref, start, columns,
                            columns.stream().map(c -> dialect.quote(c) + " is null")
                                    .collect(Collectors.joining(" or ")))),
                    new DataGuard(step + ": values held by more than one row", duplicates(ref, columns, false)));
        }
        if (change instanceof Change.AddUniqueConstraint a && all(start, a.constraint().columns())) {
            return List.of(new DataGuard(step + ": values held by more than one row",
                    duplicates(ref, a.constraint().columns(), true)));
        }
        if (change instanceof Change.AddIndex a && a.index().unique()) {
            List<String> columns = a.index().columns().stream().map(IndexColumn::name).toList();
            return all(start, columns) ? List.of(new DataGuard(step + ": values held by more than one row",
                    duplicates(ref, columns, true))) : List.of();
        }
        if (change instanceof Change.AddCheck a) {
            return check(step, ref, start, goal, a.check());
        }
        if (change instanceof Change.AddForeignKey a && all(start, a.foreignKey().columns())) {
            return foreignKey(step, diff, ref, start, a.foreignKey());
        }
        if (change instanceof Change.AddColumn a) {
            return missingValue(goal, start, a.column()).flatMap(m -> missingValueGuard(ref, start, goal,
                    a.column(), m)).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /** The condition under which a value does not fit the narrower type, and what it means. */
    private record Offending(String condition, String what) {
    }

    private Optional<Offending> narrowing(TableRef ref, Table start, Column from, Column to) {
        if (from.columnDefinition() != null || to.columnDefinition() != null || !has(start, from.name())) {
            return Optional.empty();
        }
        TypeKind a = from.type().kind();
        TypeKind b = to.type().kind();
        String column = dialect.quote(from.name());
        long[] range = INTEGER_RANGE.get(b);
        if (range != null && b != TypeKind.BIGINT && (wider(a, b) || a == TypeKind.FLOAT || a == TypeKind.DOUBLE
                || a == TypeKind.DECIMAL)) {
            return Optional.of(new Offending(column + " < " + range[0] + " or " + column + " > " + range[1],
                    "values outside " + range[0] + ".." + range[1]));
        }
        if (TEXT.contains(a) && range != null) {
            // text that becomes whole numbers (an enum stored by name, then by ordinal): a value that is not a
            // number fails the step, or worse, SQLite reads it as 0 and MariaDB an enum's as its position
            return Optional.of(new Offending(dialect.notWholeNumber(column), "values that are not whole numbers"));
        }
        Integer length = to.type().length();
        if ((b == TypeKind.VARCHAR || b == TypeKind.CHAR) && length != null && TEXT.contains(a)
                && (from.type().length() == null || from.type().length() > length)) {
            return Optional.of(new Offending(dialect.lengthFunction() + "(" + column + ") > " + length,
                    "values longer than " + length + " characters"));
        }
        if (b == TypeKind.DECIMAL && to.type().precision() != null) {
            return decimal(column, from.type(), to.type());
        }
        return Optional.empty();
    }

    private static boolean wider(TypeKind a, TypeKind b) {
        Integer from = INTEGER_DIGITS.get(a);
        Integer to = INTEGER_DIGITS.get(b);
        return from != null && to != null && from > to;
    }

    private static Optional<Offending> decimal(String column, ColumnType from, ColumnType to) {
        int scale = to.scale() == null ? 0 : to.scale();
        int digits = to.precision() - scale;
        int fromScale = from.scale() == null ? 0 : from.scale();
        boolean fewerDigits;
        boolean smallerScale = false;
        if (from.kind() == TypeKind.DECIMAL) {
            fewerDigits = from.precision() == null || from.precision() - fromScale > digits;
            smallerScale = from.precision() == null || fromScale > scale;
        } else {
            Integer integerDigits = INTEGER_DIGITS.get(from.kind());
            fewerDigits = integerDigits != null && integerDigits > digits;
        }
        List<String> conditions = new ArrayList<>();
        List<String> what = new ArrayList<>();
        if (fewerDigits) {
            conditions.add("abs(" + column + ") >= " + BigInteger.TEN.pow(digits));
            what.add("values with more than " + digits + " digits before the decimal point");
        }
        if (smallerScale) {
            conditions.add(column + " <> round(" + column + ", " + scale + ")");
            what.add("values with more than " + scale + " decimals");
        }
        return conditions.isEmpty() ? Optional.empty()
                : Optional.of(new Offending(String.join(" or ", conditions), String.join(", ", what)));
    }

    private List<DataGuard> check(String step, TableRef ref, Table start, Table goal, CheckConstraint check) {
        CheckCondition condition = check.condition();
        Table holder = goal != null ? goal : start;
        String sql = dialect.checkSql(holder, condition);
        List<String> shown = new ArrayList<>();
        if (condition instanceof CheckCondition.InValues in) {
            boolean becomesText = becomesText(start, goal, in.column());
            if (!has(start, in.column()) || !keepsItsKind(start, goal, in.column()) && !becomesText) {
                return List.of();
            }
            shown.add(in.column());
            String plain = dialect.quote(in.column());
            // numbers that become text (an enum stored by ordinal, then by name) are compared as the text they
            // become, so that rows still holding numbers are found instead of the comparison failing to run
            String guarded = becomesText ? dialect.asText(plain) : dialect.guardedValue(start, in.column());
            if (!guarded.equals(plain)) {
                if (!sql.startsWith(plain + " in (")) {
                    return List.of();
                }
                sql = guarded + sql.substring(plain.length());
            }
        } else if (condition instanceof CheckCondition.Range r) {
            if (!has(start, r.column()) || !keepsItsKind(start, goal, r.column())) {
                return List.of();
            }
            shown.add(r.column());
        } else if (!namesOnlyExisting(sql, start, goal)) {
            return List.of();
        }
        return List.of(new DataGuard(step + ": rows outside it", select(ref, start, shown, "not (" + sql + ")")));
    }

    /**
     * Whether an expression names no column that the goal has and the start lacks (one the section adds), nor one
     * whose kind of values the section changes.
     */
    private static boolean namesOnlyExisting(String sql, Table start, Table goal) {
        if (goal == null) {
            return true;
        }
        Set<String> words = new LinkedHashSet<>();
        WORD.matcher(sql).results().forEach(m -> words.add(m.group().toLowerCase(Locale.ROOT)));
        return goal.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                .filter(words::contains).allMatch(name -> has(start, name) && keepsItsKind(start, goal, name));
    }

    /**
     * Whether {@code column} holds the same kind of values (text, whole numbers, other numbers, or the same type)
     * at the start as in the goal. A check or a join written for the goal's kind may not even run on the start's
     * (an enum stored as its ordinal that becomes its name: {@code status in ('DRAFT', …)} on a smallint), so a
     * step on a column whose kind the same section changes gets no guard.
     */
    private static boolean keepsItsKind(Table start, Table goal, String column) {
        return families(start, goal, column).map(f -> f.get(0).equals(f.get(1))).orElse(true);
    }

    /** Whether {@code column} holds numbers at the start and text in the goal. */
    private static boolean becomesText(Table start, Table goal, String column) {
        return families(start, goal, column).map(f -> List.of("whole", "number").contains(f.get(0))
                && f.get(1).equals("text")).orElse(false);
    }

    /** The kinds of values {@code column} holds at the start and in the goal; empty when either lacks it. */
    private static Optional<List<String>> families(Table start, Table goal, String column) {
        if (start == null || goal == null) {
            return Optional.empty();
        }
        Optional<Column> before = start.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
        Optional<Column> after = goal.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
        return before.isEmpty() || after.isEmpty() ? Optional.empty()
                : Optional.of(List.of(family(before.get().type().kind()), family(after.get().type().kind())));
    }

    private static String family(TypeKind kind) {
        return switch (kind) {
            case CHAR, VARCHAR, CLOB -> "text";
            case TINYINT, SMALLINT, INTEGER, BIGINT -> "whole";
            case FLOAT, DOUBLE, DECIMAL -> "number";
            default -> kind.name();
        };
    }

    private List<DataGuard> foreignKey(String step, SchemaDiff diff, TableRef ref, Table start, ForeignKey fk) {
        TableRef parentRef = new TableRef(fk.referencedSchema(), fk.referencedTable());
        Optional<Table> parent = diff.databaseTable(parentRef);
        String notNull = fk.columns().stream().map(c -> "c." + dialect.quote(c) + " is not null")
                .collect(Collectors.joining(" and "));
        String shown = shownColumns(start, fk.columns()).stream().map(c -> "c." + dialect.quote(c))
                .collect(Collectors.joining(", "));
        if (parent.isEmpty()) {
            // the parent is created by this section: it starts empty, unless it is created with rows
            boolean withRows = diff.changes().stream().anyMatch(c -> c instanceof Change.AddTable a
                    && TableRef.of(a.definition()).equals(parentRef) && !a.initialRows().isEmpty());
            return withRows ? List.of() : List.of(new DataGuard(step + ": rows that point nowhere (the table it "
                    + "points to is new)", "select " + shown + " from " + dialect.qualified(ref) + " c where "
                    + notNull));
        }
        if (!all(parent.get(), fk.referencedColumns())) {
            return List.of();
        }
        Table parentGoal = diff.modelTable(parentRef).orElse(null);
        Table childGoal = diff.modelTable(ref).orElse(null);
        for (int i = 0; i < fk.columns().size(); i++) {
            if (!keepsItsKind(start, childGoal, fk.columns().get(i))
                    || !keepsItsKind(parent.get(), parentGoal, fk.referencedColumns().get(i))) {
                return List.of(); // the join is written for the goal's kinds
            }
        }
        List<String> join = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            join.add("p." + dialect.quote(fk.referencedColumns().get(i)) + " = c." + dialect.quote(fk.columns().get(i)));
        }
        return List.of(new DataGuard(step + ": rows that point nowhere", "select " + shown + " from "
                + dialect.qualified(ref) + " c left join " + dialect.qualified(parentRef) + " p on "
                + String.join(" and ", join) + " where " + notNull + " and p."
                + dialect.quote(fk.referencedColumns().get(0)) + " is null"));
    }

    /**
     * Why the rows of {@code start} can get no valid value for {@code column}, a NOT NULL column without a default
     * that the step adds; empty when the value it gets (the type's neutral value, or 0..n-1 per owner, see
     * {@link RowNumbering}) satisfies what follows.
     */
    static Optional<MissingValue> missingValue(Table goal, Table start, Column column) {
        if (goal == null || start == null || column.nullable() || column.defaultValue() != null || column.identity()
                || column.columnDefinition() != null || has(start, column.name())
                || !RowNumbering.partners(goal, start, column).isEmpty()) {
            return Optional.empty();
        }
        String table = goal.qualifiedName();
        if (column.type().kind() == TypeKind.OTHER) {
            return Optional.of(new MissingValue(table, column.name(), "its type has no neutral value"));
        }
        for (ForeignKey fk : goal.foreignKeys()) {
            if (contains(fk.columns(), column.name())) {
                return Optional.of(new MissingValue(table, column.name(), "it joins the foreign key ("
                        + String.join(", ", fk.columns()) + ") to '" + fk.referencedTable() + "', and one value for "
                        + "every row points nowhere"));
            }
        }
        for (List<String> key : keys(goal)) {
            if (contains(key, column.name())) {
                return Optional.of(new MissingValue(table, column.name(), "it joins the key (" + String.join(", ", key)
                        + "), and one value for every row repeats"));
            }
        }
        return Optional.empty();
    }

    /** A guard that refuses while rows exist that {@code m}'s column cannot be given a value for, if one can say. */
    private Optional<DataGuard> missingValueGuard(TableRef ref, Table start, Table goal, Column column,
                                                  MissingValue m) {
        String step = "column '" + ref + "." + column.name() + "' is added NOT NULL without a default: " + m.reason();
        for (List<String> key : keys(goal)) {
            if (contains(key, column.name())) {
                List<String> others = key.stream().filter(k -> !k.equalsIgnoreCase(column.name())).toList();
                if (others.isEmpty()) {
                    return Optional.of(new DataGuard(step + " (the table holds more than one row)",
                            select(ref, start, List.of(), "(select count(*) from " + dialect.qualified(ref)
                                    + ") > 1")));
                }
                return all(start, others) ? Optional.of(new DataGuard(step + " (rows share "
                        + String.join(", ", others) + ")", duplicates(ref, others, false))) : Optional.empty();
            }
        }
        return Optional.of(new DataGuard(step + " (the table holds rows)", select(ref, start, List.of(), null)));
    }

    private static List<List<String>> keys(Table goal) {
        List<List<String>> keys = new ArrayList<>();
        if (goal.primaryKey() != null) {
            keys.add(goal.primaryKey().columns());
        }
        goal.uniqueConstraints().stream().map(UniqueConstraint::columns).forEach(keys::add);
        goal.indexes().stream().filter(dev.migrations.model.Index::unique)
                .map(i -> i.columns().stream().map(IndexColumn::name).toList()).forEach(keys::add);
        return keys;
    }

    /** {@code select <key columns and columns> from t [where condition]}. */
    private String select(TableRef ref, Table start, List<String> columns, String condition) {
        String shown = shownColumns(start, columns).stream().map(dialect::quote).collect(Collectors.joining(", "));
        return "select " + shown + " from " + dialect.qualified(ref) + (condition == null ? "" : " where " + condition);
    }

    /** The groups of values of {@code columns} that more than one row holds; with nulls or without. */
    private String duplicates(TableRef ref, List<String> columns, boolean skipNulls) {
        String list = columns.stream().map(dialect::quote).collect(Collectors.joining(", "));
        String where = skipNulls ? " where " + columns.stream().map(c -> dialect.quote(c) + " is not null")
                .collect(Collectors.joining(" and ")) : "";
        return "select " + list + ", count(*) as copies from " + dialect.qualified(ref) + where
                + " group by " + list + " having count(*) > 1";
    }

    /** The start's primary key columns, then {@code columns}; all its columns' first when it has no key and none. */
    private static List<String> shownColumns(Table start, List<String> columns) {
        Set<String> lower = new LinkedHashSet<>();
        List<String> shown = new ArrayList<>();
        List<String> key = start.primaryKey() == null ? List.of() : start.primaryKey().columns();
        for (String c : concat(key, columns)) {
            if (lower.add(c.toLowerCase(Locale.ROOT))) {
                shown.add(c);
            }
        }
        if (shown.isEmpty()) {
            start.columns().stream().limit(3).map(Column::name).forEach(shown::add);
        }
        return shown;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean all(Table table, List<String> columns) {
        return columns.stream().allMatch(c -> has(table, c));
    }

    private static boolean has(Table table, String column) {
        return table.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(column));
    }

    private static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
}
