package dev.migrations.core.diff;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** Compares one table that both the database and the model have. */
final class TableComparator {

    private static final Set<TypeKind> NUMERIC = EnumSet.of(TypeKind.TINYINT, TypeKind.SMALLINT,
            TypeKind.INTEGER, TypeKind.BIGINT, TypeKind.DECIMAL, TypeKind.FLOAT, TypeKind.DOUBLE);

    private final Dialect dialect;
    private final Names names;

    TableComparator(Dialect dialect, Names names) {
        this.dialect = dialect;
        this.names = names;
    }

    List<Change> compare(Table have, Table want) {
        TableRef ref = TableRef.of(want);
        List<Change> changes = new ArrayList<>();
        compareColumns(ref, have, want, changes);
        comparePrimaryKey(ref, have, want, changes);
        compareUniques(ref, have, want, changes);
        compareIndexes(ref, have, want, changes);
        compareForeignKeys(ref, have, want, changes);
        compareChecks(ref, have, want, changes);
        if (dialect.supportsComments() && !Objects.equals(blankToNull(have.comment()), blankToNull(want.comment()))) {
            changes.add(new Change.AlterTableComment(ref, have.comment(), want.comment()));
        }
        return changes;
    }

    private void compareColumns(TableRef ref, Table have, Table want, List<Change> changes) {
        Map<String, Column> haveCols = new LinkedHashMap<>();
        have.columns().forEach(c -> haveCols.put(names.key(c.name()), c));
        Map<String, Column> wantCols = new LinkedHashMap<>();
        want.columns().forEach(c -> wantCols.put(names.key(c.name()), c));
        for (Column w : want.columns()) {
            Column h = haveCols.get(names.key(w.name()));
            if (h == null) {
                changes.add(new Change.AddColumn(ref, w));
            }
        }
        for (Column h : have.columns()) {
            if (!wantCols.containsKey(names.key(h.name()))) {
                changes.add(new Change.DropColumn(ref, h));
            }
        }
        for (Column w : want.columns()) {
            Column h = haveCols.get(names.key(w.name()));
            if (h != null) {
                compareColumn(ref, h, w, sameEnumValues(have, want, w.name()), changes);
            }
        }
    }

    private void compareColumn(TableRef ref, Column have, Column want, Set<String> enumValues,
                               List<Change> changes) {
        if (want.columnDefinition() == null && typeDiffers(have, want)
                && !onlyLengthDiffersAboveEnumValues(have, want, enumValues)) {
            changes.add(new Change.AlterColumnType(ref, have, want));
        }
        if (have.nullable() != want.nullable()) {
            changes.add(new Change.AlterColumnNullability(ref, have, want));
        }
        boolean generated = want.identity() || have.identity();
        if (!generated && !Objects.equals(normalizedDefault(have), normalizedDefault(want))) {
            changes.add(new Change.AlterColumnDefault(ref, have, want));
        }
        if (dialect.supportsComments() && !Objects.equals(blankToNull(have.comment()), blankToNull(want.comment()))) {
            changes.add(new Change.AlterColumnComment(ref, have, want));
        }
    }

    /**
     * A varchar whose values an {@code in} check limits to a set allows the same rows at any length that holds
     * the longest value. H2 reads a native {@code enum('A','B')} (what Hibernate creates for a string enum) as
     * {@code varchar(255)} plus that check, so a model's {@code varchar(20)} with the same values is no change.
     */
    private boolean onlyLengthDiffersAboveEnumValues(Column have, Column want, Set<String> enumValues) {
        if (enumValues == null || have.type().kind() != TypeKind.VARCHAR || want.type().kind() != TypeKind.VARCHAR
                || have.type().length() == null || want.type().length() == null) {
            return false;
        }
        int longest = enumValues.stream().mapToInt(String::length).max().orElse(0);
        boolean identitySame = !dialect.detectsIdentity() || have.identity() == want.identity();
        return identitySame && longest <= Math.min(have.type().length(), want.type().length());
    }

    /**
     * The values the goal's {@code in} check allows in the column, when both tables limit it with one (a change of
     * values is a change of the check); else null.
     */
    private Set<String> sameEnumValues(Table have, Table want, String column) {
        Set<String> h = inValues(have, column);
        Set<String> w = inValues(want, column);
        // when the values change, the check changes too; the length still only has to hold the values
        return h != null && w != null ? w : null;
    }

    private Set<String> inValues(Table table, String column) {
        for (CheckConstraint c : table.checks()) {
            CheckCondition condition = c.condition() instanceof CheckCondition.Expression e
                    ? CheckText.parse(e.sql()) : c.condition();
            if (condition instanceof CheckCondition.InValues in && names.key(in.column()).equals(names.key(column))) {
                return new TreeSet<>(in.values());
            }
        }
        return null;
    }

    private boolean typeDiffers(Column have, Column want) {
        String a = spaced(dialect.renderType(have));
        String b = spaced(dialect.renderType(want));
        if (!a.equals(b)) {
            return true;
        }
        return dialect.detectsIdentity() && have.identity() != want.identity();
    }

    private String normalizedDefault(Column c) {
        return c.defaultValue() == null ? null : dialect.normalizeDefault(c.defaultValue());
    }

    private void comparePrimaryKey(TableRef ref, Table have, Table want, List<Change> changes) {
        // A key's column order is not part of what it enforces; Hibernate's export reorders composite keys by
        // column size, and rebuilding a live table's key for order alone would be churn.
        Set<String> h = have.primaryKey() == null ? Set.of() : new TreeSet<>(names.keys(have.primaryKey().columns()));
        Set<String> w = want.primaryKey() == null ? Set.of() : new TreeSet<>(names.keys(want.primaryKey().columns()));
        if (h.equals(w) && (have.primaryKey() == null) == (want.primaryKey() == null)) {
            return;
        }
        if (have.primaryKey() != null) {
            changes.add(new Change.DropPrimaryKey(ref, have.primaryKey()));
        }
        if (want.primaryKey() != null) {
            changes.add(new Change.AddPrimaryKey(ref, want.primaryKey()));
        }
    }

    /**
     * Unique constraints and unique indexes enforce the same thing; databases report one as the other (SQLite
     * keeps an inline {@code unique} as an automatic index). Both sides are matched by column list, as one family.
     */
    private void compareUniques(TableRef ref, Table have, Table want, List<Change> changes) {
        List<List<String>> haveKeys = new ArrayList<>();
        have.uniqueConstraints().forEach(u -> haveKeys.add(names.keys(u.columns())));
        uniqueIndexes(have).forEach(i -> haveKeys.add(indexColumnKeys(i)));
        List<List<String>> wantKeys = new ArrayList<>();
        want.uniqueConstraints().forEach(u -> wantKeys.add(names.keys(u.columns())));
        uniqueIndexes(want).forEach(i -> wantKeys.add(indexColumnKeys(i)));

        for (UniqueConstraint u : want.uniqueConstraints()) {
            if (!removeOne(haveKeys, names.keys(u.columns()))) {
                changes.add(new Change.AddUniqueConstraint(ref, u));
            }
        }
        for (UniqueConstraint u : have.uniqueConstraints()) {
            if (!removeOne(wantKeys, names.keys(u.columns()))) {
                changes.add(new Change.DropUniqueConstraint(ref, u));
            }
        }
    }

    private void compareIndexes(TableRef ref, Table have, Table want, List<Change> changes) {
        List<String> haveKeys = new ArrayList<>();
        List<String> wantKeys = new ArrayList<>();
        have.indexes().stream().filter(i -> !dialect.isImplicitIndex(i)).forEach(i -> haveKeys.add(indexKey(i)));
        want.indexes().forEach(i -> wantKeys.add(indexKey(i)));
        List<List<String>> haveUniqueConstraints = new ArrayList<>();
        have.uniqueConstraints().forEach(u -> haveUniqueConstraints.add(names.keys(u.columns())));
        List<List<String>> wantUniqueConstraints = new ArrayList<>();
        want.uniqueConstraints().forEach(u -> wantUniqueConstraints.add(names.keys(u.columns())));

        for (Index i : want.indexes()) {
            boolean matched = removeOne(haveKeys, indexKey(i))
                    || (i.unique() && ascending(i) && removeOne(haveUniqueConstraints, indexColumnKeys(i)));
            if (!matched) {
                changes.add(new Change.AddIndex(ref, i));
            }
        }
        for (Index i : have.indexes()) {
            if (dialect.isImplicitIndex(i)) {
                continue;
            }
            boolean matched = removeOne(wantKeys, indexKey(i))
                    || (i.unique() && ascending(i) && removeOne(wantUniqueConstraints, indexColumnKeys(i)));
            if (!matched) {
                changes.add(new Change.DropIndex(ref, i));
            }
        }
    }

    private List<Index> uniqueIndexes(Table t) {
        return t.indexes().stream().filter(Index::unique).filter(TableComparator::ascending)
                .filter(i -> !dialect.isImplicitIndex(i)).toList();
    }

    private static boolean ascending(Index i) {
        return i.columns().stream().noneMatch(IndexColumn::descending);
    }

    private List<String> indexColumnKeys(Index i) {
        return i.columns().stream().map(c -> names.key(c.name())).toList();
    }

    private String indexKey(Index i) {
        StringBuilder sb = new StringBuilder(i.unique() ? "unique:" : "index:");
        for (IndexColumn c : i.columns()) {
            sb.append(names.key(c.name())).append(c.descending() ? " desc," : ",");
        }
        return sb.toString();
    }

    private void compareForeignKeys(TableRef ref, Table have, Table want, List<Change> changes) {
        matchByKey(have.foreignKeys(), want.foreignKeys(), this::foreignKeyKey,
                f -> changes.add(new Change.DropForeignKey(ref, f)), f -> changes.add(new Change.AddForeignKey(ref, f)));
    }

    private String foreignKeyKey(ForeignKey f) {
        return names.keys(f.columns()) + "->" + names.key(f.referencedTable()) + names.keys(f.referencedColumns())
                + " on delete " + dialect.effectiveAction(f.onDelete())
                + " on update " + dialect.effectiveAction(f.onUpdate());
    }

    private void compareChecks(TableRef ref, Table have, Table want, List<Change> changes) {
        Predicate<String> numeric = column -> isNumeric(want, column) || isNumeric(have, column);
        matchByKey(have.checks(), want.checks(), c -> CheckText.canonical(c.condition(), numeric),
                c -> changes.add(new Change.DropCheck(ref, c)), c -> changes.add(new Change.AddCheck(ref, c)));
    }

    /** True when the table has the column and it holds numbers (an integer discriminator, say). */
    private boolean isNumeric(Table table, String column) {
        return table.columns().stream().filter(c -> names.key(c.name()).equals(names.key(column)))
                .anyMatch(c -> NUMERIC.contains(c.type().kind()));
    }

    /** Pairs items with equal keys, one for one; reports the database's leftovers, then the model's. */
    private static <T> void matchByKey(List<T> have, List<T> want, Function<T, String> key, Consumer<T> drop,
                                       Consumer<T> add) {
        List<String> wantKeys = new ArrayList<>(want.stream().map(key).toList());
        List<String> haveKeys = new ArrayList<>(have.stream().map(key).toList());
        for (T h : have) {
            if (!wantKeys.remove(key.apply(h))) {
                drop.accept(h);
            }
        }
        for (T w : want) {
            if (!haveKeys.remove(key.apply(w))) {
                add.accept(w);
            }
        }
    }

    private static <T> boolean removeOne(List<T> list, T item) {
        return list.remove(item);
    }

    /**
     * The type as text without insignificant blanks, in lower case: runs of blanks become one space, and blanks next
     * to {@code (}, {@code )} and {@code ,} go. Called for every compared column, so it is one pass, not two regular
     * expressions.
     */
    static String spaced(String sql) {
        String text = sql.strip();
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                continue;
            }
            boolean punctuation = c == '(' || c == ')' || c == ',';
            if (pendingSpace && !punctuation && out.length() > 0 && !endsWithPunctuation(out)) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static boolean endsWithPunctuation(StringBuilder out) {
        char last = out.charAt(out.length() - 1);
        return last == '(' || last == ')' || last == ',';
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
