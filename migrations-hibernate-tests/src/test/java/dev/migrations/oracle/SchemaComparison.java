package dev.migrations.oracle;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.GeneratorTable;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares the processor's model with Hibernate's schema by meaning, and lists every difference.
 *
 * <pre>{@code
 * List<Difference> differences = SchemaComparison.compare(domain.model(), HibernateSchema.of(domain, H2, JPA));
 * }</pre>
 *
 * <p>Rules (see {@code docs/hibernate-differences.md}): tables, columns, sequences and generator tables are
 * matched by exact name; column order is not compared; comments and defaults are compared exactly. A column with a {@code columnDefinition} is compared by
 * that text, others by logical type. Foreign keys are compared by their column pairs, target and delete
 * action, unique constraints by column set (a unique index counts as one), indexes by columns and directions;
 * names are compared only where Hibernate's name was given in the mapping (its generated names are hashes).
 * Check constraints are compared by meaning: per column, the allowed values as a set and the merged range.
 */
public final class SchemaComparison {

    /** Hibernate's generated constraint names: a prefix and a base-36 hash. */
    private static final Pattern GENERATED_NAME = Pattern.compile("^(FK|UK|IDX)[a-z0-9]{20,}$");

    private final List<Difference> differences = new ArrayList<>();

    private SchemaComparison() {
    }

    /** Every difference, in a stable order. */
    public static List<Difference> compare(Schema ours, Schema hibernate) {
        SchemaComparison c = new SchemaComparison();
        c.tables(ours.tables(), hibernate.tables());
        c.sequences(ours.sequences(), hibernate.sequences());
        c.generatorTables(ours.generatorTables(), hibernate.generatorTables());
        return List.copyOf(c.differences);
    }

    private void add(String where, String aspect, Object ours, Object hibernate) {
        differences.add(new Difference(where, aspect, String.valueOf(ours), String.valueOf(hibernate)));
    }

    private void tables(List<Table> ours, List<Table> hibernate) {
        Map<String, Table> o = byName(ours, Table::qualifiedName);
        Map<String, Table> h = byName(hibernate, Table::qualifiedName);
        for (String name : union(o.keySet(), h.keySet())) {
            Table a = o.get(name);
            Table b = h.get(name);
            if (a == null || b == null) {
                add("table " + name, "exists", a == null ? Difference.ABSENT : "present",
                        b == null ? Difference.ABSENT : "present");
            } else {
                table(name, a, b);
            }
        }
    }

    private void table(String name, Table ours, Table hibernate) {
        if (!Objects.equals(ours.comment(), hibernate.comment())) {
            add(name, "comment", ours.comment(), hibernate.comment());
        }
        Map<String, Column> o = byName(ours.columns(), Column::name);
        Map<String, Column> h = byName(hibernate.columns(), Column::name);
        for (String column : union(o.keySet(), h.keySet())) {
            Column a = o.get(column);
            Column b = h.get(column);
            String where = name + "." + column;
            if (a == null || b == null) {
                add(where, "exists", a == null ? Difference.ABSENT : a.type(),
                        b == null ? Difference.ABSENT : b.type());
                continue;
            }
            if (a.columnDefinition() != null || b.columnDefinition() != null) {
                if (!Objects.equals(normalize(a.columnDefinition()), normalize(b.columnDefinition()))) {
                    add(where, "columnDefinition", a.columnDefinition() == null ? a.type() : a.columnDefinition(),
                            b.columnDefinition() == null ? b.type() : b.columnDefinition());
                }
            } else if (!a.type().equals(b.type())) {
                add(where, "type", a.type(), b.type());
            }
            if (a.nullable() != b.nullable()) {
                add(where, "nullable", a.nullable(), b.nullable());
            }
            if (a.identity() != b.identity()) {
                add(where, "identity", a.identity(), b.identity());
            }
            if (!Objects.equals(normalize(a.defaultValue()), normalize(b.defaultValue()))) {
                add(where, "default", a.defaultValue(), b.defaultValue());
            }
            if (!Objects.equals(a.comment(), b.comment())) {
                add(where, "comment", a.comment(), b.comment());
            }
        }
        String ourPk = primaryKey(ours.primaryKey());
        String theirPk = primaryKey(hibernate.primaryKey());
        if (!ourPk.equals(theirPk)) {
            add(name, "primary key", ourPk, theirPk);
        }
        foreignKeys(name, ours.foreignKeys(), hibernate.foreignKeys());
        uniques(name, ours, hibernate);
        indexes(name, ours.indexes(), hibernate.indexes());
        checks(name, ours.checks(), hibernate.checks());
    }

    private static String primaryKey(PrimaryKey key) {
        return key == null ? Difference.ABSENT : "(" + String.join(", ", key.columns()) + ")";
    }

    private void foreignKeys(String table, List<ForeignKey> ours, List<ForeignKey> hibernate) {
        Map<String, ForeignKey> o = byName(ours, SchemaComparison::foreignKeyShape);
        Map<String, ForeignKey> h = byName(hibernate, SchemaComparison::foreignKeyShape);
        for (String shape : union(o.keySet(), h.keySet())) {
            ForeignKey a = o.get(shape);
            ForeignKey b = h.get(shape);
            String where = table + " foreign key " + shape;
            if (a == null || b == null) {
                add(where, "exists", a == null ? Difference.ABSENT : "present", b == null ? Difference.ABSENT : "present");
                continue;
            }
            if (a.onDelete() != b.onDelete()) {
                add(where, "on delete", a.onDelete(), b.onDelete());
            }
            if (isGivenName(b.name()) && !b.name().equals(a.name())) {
                add(where, "name", a.name(), b.name());
            }
        }
    }

    /** {@code (a, b) -> schema.T(x, y)} with the column pairs sorted, so that column order does not matter. */
    private static String foreignKeyShape(ForeignKey fk) {
        Map<String, String> pairs = new TreeMap<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            pairs.put(fk.columns().get(i), fk.referencedColumns().get(i));
        }
        String target = fk.referencedSchema() == null ? fk.referencedTable()
                : fk.referencedSchema() + "." + fk.referencedTable();
        return "(" + String.join(", ", pairs.keySet()) + ") -> " + target
                + "(" + String.join(", ", pairs.values()) + ")";
    }

    private void uniques(String table, Table ours, Table hibernate) {
        Map<String, String> o = uniqueSets(ours);
        Map<String, String> h = uniqueSets(hibernate);
        for (String set : union(o.keySet(), h.keySet())) {
            String where = table + " unique " + set;
            if (!o.containsKey(set) || !h.containsKey(set)) {
                add(where, "exists", o.containsKey(set) ? "present" : Difference.ABSENT,
                        h.containsKey(set) ? "present" : Difference.ABSENT);
                continue;
            }
            String theirName = h.get(set);
            if (isGivenName(theirName) && !theirName.equals(o.get(set))) {
                add(where, "name", o.get(set), theirName);
            }
        }
    }

    /** Column set (sorted) to the name of the constraint or unique index that enforces it ("" for none). */
    private static Map<String, String> uniqueSets(Table table) {
        Map<String, String> sets = new TreeMap<>();
        for (UniqueConstraint u : table.uniqueConstraints()) {
            sets.merge(columnSet(u.columns()), u.name() == null ? "" : u.name(), SchemaComparison::givenFirst);
        }
        for (Index i : table.indexes()) {
            if (i.unique()) {
                sets.merge(columnSet(i.columns().stream().map(IndexColumn::name).toList()), i.name(),
                        SchemaComparison::givenFirst);
            }
        }
        return sets;
    }

    private static String givenFirst(String a, String b) {
        return isGivenName(a) ? a : b;
    }

    private static String columnSet(List<String> columns) {
        return "(" + String.join(", ", new TreeSet<>(columns)) + ")";
    }

    private void indexes(String table, List<Index> ours, List<Index> hibernate) {
        Map<String, Index> o = byName(ours.stream().filter(i -> !i.unique()).toList(), SchemaComparison::indexShape);
        Map<String, Index> h = byName(hibernate.stream().filter(i -> !i.unique()).toList(),
                SchemaComparison::indexShape);
        for (String shape : union(o.keySet(), h.keySet())) {
            Index a = o.get(shape);
            Index b = h.get(shape);
            String where = table + " index " + shape;
            if (a == null || b == null) {
                add(where, "exists", a == null ? Difference.ABSENT : a.name(), b == null ? Difference.ABSENT : b.name());
            } else if (isGivenName(b.name()) && !b.name().equals(a.name())) {
                add(where, "name", a.name(), b.name());
            }
        }
    }

    private static String indexShape(Index index) {
        return "(" + index.columns().stream().map(c -> c.name() + (c.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", ")) + ")";
    }

    private void checks(String table, List<CheckConstraint> ours, List<CheckConstraint> hibernate) {
        Set<String> o = checkMeanings(ours);
        Set<String> h = checkMeanings(hibernate);
        for (String meaning : union(o, h)) {
            if (!o.contains(meaning) || !h.contains(meaning)) {
                add(table + " check " + meaning, "exists", o.contains(meaning) ? "present" : Difference.ABSENT,
                        h.contains(meaning) ? "present" : Difference.ABSENT);
            }
        }
    }

    /**
     * The meaning of a table's checks: per column the allowed values as a set and the range with the bounds of
     * every range on it merged, then any other expression in normalised text.
     */
    static Set<String> checkMeanings(List<CheckConstraint> checks) {
        Map<String, Set<String>> values = new TreeMap<>();
        Map<String, Long[]> ranges = new TreeMap<>();
        Set<String> meanings = new TreeSet<>();
        for (CheckConstraint check : checks) {
            CheckCondition c = check.condition();
            if (c instanceof CheckCondition.Expression e) {
                // an expression that is a plain list or bound means the same as its structured form
                c = CheckText.parse(e.sql());
            }
            if (c instanceof CheckCondition.InValues in) {
                values.computeIfAbsent(in.column(), k -> new TreeSet<>()).addAll(in.values());
            } else if (c instanceof CheckCondition.Range r) {
                Long[] bounds = ranges.computeIfAbsent(r.column(), k -> new Long[2]);
                if (r.min() != null) {
                    bounds[0] = bounds[0] == null ? r.min() : Math.max(bounds[0], r.min());
                }
                if (r.max() != null) {
                    bounds[1] = bounds[1] == null ? r.max() : Math.min(bounds[1], r.max());
                }
            } else if (c instanceof CheckCondition.Expression e) {
                meanings.add("expression " + normalize(e.sql()));
            }
        }
        values.forEach((column, set) -> meanings.add(column + " in " + set));
        ranges.forEach((column, b) -> meanings.add(column + " in [" + (b[0] == null ? "" : b[0]) + ".."
                + (b[1] == null ? "" : b[1]) + "]"));
        return meanings;
    }

    private void sequences(List<Sequence> ours, List<Sequence> hibernate) {
        Map<String, Sequence> o = byName(ours, s -> s.schema() == null ? s.name() : s.schema() + "." + s.name());
        Map<String, Sequence> h = byName(hibernate, s -> s.schema() == null ? s.name() : s.schema() + "." + s.name());
        for (String name : union(o.keySet(), h.keySet())) {
            Sequence a = o.get(name);
            Sequence b = h.get(name);
            String where = "sequence " + name;
            if (a == null || b == null) {
                add(where, "exists", a == null ? Difference.ABSENT : "present", b == null ? Difference.ABSENT : "present");
                continue;
            }
            if (a.start() != b.start()) {
                add(where, "start", a.start(), b.start());
            }
            if (a.increment() != b.increment()) {
                add(where, "increment", a.increment(), b.increment());
            }
        }
    }

    private void generatorTables(List<GeneratorTable> ours, List<GeneratorTable> hibernate) {
        Map<String, GeneratorTable> o = byName(ours, g -> g.schema() == null ? g.name() : g.schema() + "." + g.name());
        Map<String, GeneratorTable> h = byName(hibernate,
                g -> g.schema() == null ? g.name() : g.schema() + "." + g.name());
        for (String name : union(o.keySet(), h.keySet())) {
            GeneratorTable a = o.get(name);
            GeneratorTable b = h.get(name);
            String where = "generator table " + name;
            if (a == null || b == null) {
                add(where, "exists", a == null ? Difference.ABSENT : "present", b == null ? Difference.ABSENT : "present");
                continue;
            }
            if (!a.segmentColumn().equals(b.segmentColumn())) {
                add(where, "segment column", a.segmentColumn(), b.segmentColumn());
            }
            if (a.segmentColumnLength() != b.segmentColumnLength()) {
                add(where, "segment column length", a.segmentColumnLength(), b.segmentColumnLength());
            }
            if (!a.valueColumn().equals(b.valueColumn())) {
                add(where, "value column", a.valueColumn(), b.valueColumn());
            }
            if (!a.segments().equals(b.segments())) {
                add(where, "segments", a.segments(), b.segments());
            }
        }
    }

    private static boolean isGivenName(String name) {
        return name != null && !name.isEmpty() && !GENERATED_NAME.matcher(name).matches();
    }

    private static String normalize(String sql) {
        return sql == null ? null : sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        for (T item : items) {
            map.putIfAbsent(name.apply(item), item);
        }
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
