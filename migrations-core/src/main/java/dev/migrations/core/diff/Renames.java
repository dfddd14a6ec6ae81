package dev.migrations.core.diff;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The renames the model's {@code renamedFrom} hints ask for, and the database as it is once they are applied.
 *
 * <p>A table (or column) is renamed when the database lacks its current name, has exactly one of its earlier names,
 * and the model does not use that earlier name for anything else. Once applied, the database has the current name
 * and the hint is ignored; with none of the names the table (or column) is added as usual; with several earlier
 * names present the hint is ambiguous and nothing is renamed.
 *
 * <p>Every database renames in its catalogue what refers to the renamed object (indexes, keys, checks, foreign keys
 * of other tables), so the database after the renames is computed here the same way, and compared with the model
 * as usual: a column renamed and retyped is a rename followed by a type change. Index and constraint names are kept:
 * the diff matches indexes and constraints by their columns, never by name.
 *
 * <p>A sequence is renamed by the same rules: the implicit sequence of a renamed table ({@code customers_SEQ}
 * becomes {@code clients_SEQ}) keeps its current value, so the identifiers it hands out stay past the rows'.
 *
 * @param changes the renames: tables first, then columns table by table (tables by name, columns in model order),
 *                then sequences by name
 * @param renamed the database with the renames applied
 */
record Renames(List<Change> changes, Schema renamed) {

    static Renames of(Schema goal, Schema start, Names names) {
        Map<String, Table> goalTables = byKey(goal.tables(), names);
        Map<String, Table> startTables = byKey(start.tables(), names);
        List<Change> changes = new ArrayList<>();
        // by the database table's key: its new name, and its columns' new names by old column key
        Map<String, Table> tableRenames = new HashMap<>();
        Map<String, Map<String, String>> columnRenames = new HashMap<>();

        List<Table> ordered = goal.tables().stream()
                .sorted(Comparator.comparing((Table t) -> names.key(t.schema(), t.name()))).toList();
        Set<String> claimed = new HashSet<>();
        for (Table want : ordered) {
            String from = earlier(want.schema(), want.renamedFrom(), names.key(want.schema(), want.name()),
                    startTables.keySet(), goalTables.keySet(), claimed, names);
            if (from != null) {
                Table have = startTables.get(from);
                tableRenames.put(from, want);
                changes.add(new Change.RenameTable(TableRef.of(have), TableRef.of(want)));
            }
        }
        for (Table want : ordered) {
            String key = names.key(want.schema(), want.name());
            String startKey = startTables.containsKey(key) ? key : renamedFrom(tableRenames, want);
            Table have = startKey == null ? null : startTables.get(startKey);
            if (have == null) {
                continue;
            }
            Map<String, Column> haveColumns = columnsByKey(have, names);
            Set<String> wantColumns = columnsByKey(want, names).keySet();
            Set<String> taken = new HashSet<>();
            for (Column column : want.columns()) {
                String from = earlier(null, column.renamedFrom(), names.key(column.name()), haveColumns.keySet(),
                        wantColumns, taken, names);
                if (from != null) {
                    columnRenames.computeIfAbsent(startKey, k -> new HashMap<>()).put(from, column.name());
                    changes.add(new Change.RenameColumn(TableRef.of(want), haveColumns.get(from).name(),
                            column.name()));
                }
            }
        }
        List<Sequence> sequences = sequences(goal, start, names, changes);
        if (changes.isEmpty()) {
            return new Renames(List.of(), start);
        }
        List<Table> renamed = start.tables().stream()
                .map(t -> new Applied(names, tableRenames, columnRenames).to(t)).toList();
        return new Renames(changes, new Schema(renamed, sequences, start.generatorTables()));
    }

    /**
     * Adds the sequence renames (by the model sequence's key) to {@code changes}, by the same rules as tables, and
     * gives the database's sequences after them. A renamed sequence keeps everything but its name, so a sequence
     * whose increment also differs is then altered as usual.
     */
    private static List<Sequence> sequences(Schema goal, Schema start, Names names, List<Change> changes) {
        Map<String, Sequence> have = new HashMap<>();
        start.sequences().forEach(q -> have.putIfAbsent(names.key(q.schema(), q.name()), q));
        Set<String> wanted = new HashSet<>();
        goal.sequences().forEach(q -> wanted.add(names.key(q.schema(), q.name())));
        Map<Sequence, Sequence> renamed = new HashMap<>();
        Set<String> claimed = new HashSet<>();
        List<Sequence> ordered = goal.sequences().stream()
                .sorted(Comparator.comparing((Sequence q) -> names.key(q.schema(), q.name()))).toList();
        for (Sequence want : ordered) {
            String from = earlier(want.schema(), want.renamedFrom(), names.key(want.schema(), want.name()),
                    have.keySet(), wanted, claimed, names);
            if (from != null) {
                Sequence old = have.get(from);
                Sequence now = new Sequence(want.schema(), want.name(), old.start(), old.increment(), old.origin());
                renamed.put(old, now);
                changes.add(new Change.RenameSequence(old, now));
            }
        }
        return start.sequences().stream().map(q -> renamed.getOrDefault(q, q)).toList();
    }

    /**
     * The key of the one earlier name to rename from, or {@code null}: none when the current name is already there
     * (the rename was applied), when no earlier name is there, or when several are (ambiguous).
     */
    private static String earlier(String schema, List<String> earlierNames, String current, Set<String> have,
                                  Set<String> wanted, Set<String> claimed, Names names) {
        if (earlierNames.isEmpty() || have.contains(current)) {
            return null;
        }
        List<String> present = earlierNames.stream().map(n -> names.key(schema, n)).distinct()
                .filter(have::contains).filter(k -> !wanted.contains(k)).filter(k -> !claimed.contains(k)).toList();
        if (present.size() != 1) {
            return null;
        }
        claimed.add(present.get(0));
        return present.get(0);
    }

    private static String renamedFrom(Map<String, Table> tableRenames, Table want) {
        return tableRenames.entrySet().stream().filter(e -> e.getValue() == want).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static Map<String, Table> byKey(List<Table> tables, Names names) {
        Map<String, Table> map = new HashMap<>();
        tables.forEach(t -> map.putIfAbsent(names.key(t.schema(), t.name()), t));
        return map;
    }

    private static Map<String, Column> columnsByKey(Table table, Names names) {
        Map<String, Column> map = new HashMap<>();
        table.columns().forEach(c -> map.putIfAbsent(names.key(c.name()), c));
        return map;
    }

    /**
     * Applies the renames to database tables, as the databases do in their catalogues.
     *
     * @param tableRenames  the model table each renamed database table becomes, by the database table's key
     * @param columnRenames the new column names by old column key, by the database table's key
     */
    private record Applied(Names names, Map<String, Table> tableRenames,
                           Map<String, Map<String, String>> columnRenames) {

        /** The table after the renames: its own name and columns, and the names its foreign keys point at. */
        Table to(Table t) {
            String key = names.key(t.schema(), t.name());
            Table target = tableRenames.get(key);
            String name = target == null ? t.name() : target.name();
            Map<String, String> columns = columnRenames.getOrDefault(key, Map.of());
            return new Table(t.schema(), name, t.comment(),
                    t.columns().stream().map(c -> c.withName(column(columns, c.name()))).toList(),
                    t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(),
                            columns(columns, t.primaryKey().columns())),
                    t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(),
                            columns(columns, u.columns()), u.origin())).toList(),
                    t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream().map(ic -> new IndexColumn(
                            column(columns, ic.name()), ic.descending())).toList(), i.unique(), i.origin())).toList(),
                    t.foreignKeys().stream().map(f -> foreignKey(t, f, columns)).toList(),
                    t.checks().stream().map(c -> new CheckConstraint(c.name(), condition(c.condition(), columns),
                            c.origin())).toList(),
                    t.origin(), t.renamedFrom());
        }

        private ForeignKey foreignKey(Table owner, ForeignKey f, Map<String, String> own) {
            String schema = f.referencedSchema() != null ? f.referencedSchema() : owner.schema();
            String targetKey = names.key(schema, f.referencedTable());
            Table target = tableRenames.get(targetKey);
            if (target == null && f.referencedSchema() == null && owner.schema() != null) {
                targetKey = names.key(null, f.referencedTable());
                target = tableRenames.get(targetKey);
            }
            Map<String, String> referenced = columnRenames.getOrDefault(targetKey, Map.of());
            return new ForeignKey(f.name(), columns(own, f.columns()), f.referencedSchema(),
                    target == null ? f.referencedTable() : target.name(), columns(referenced, f.referencedColumns()),
                    f.onDelete(), f.onUpdate(), f.origin());
        }

        private CheckCondition condition(CheckCondition c, Map<String, String> columns) {
            if (columns.isEmpty()) {
                return c;
            }
            if (c instanceof CheckCondition.InValues in) {
                return new CheckCondition.InValues(column(columns, in.column()), in.values());
            }
            if (c instanceof CheckCondition.Range r) {
                return new CheckCondition.Range(column(columns, r.column()), r.min(), r.max());
            }
            return new CheckCondition.Expression(IdentifierRenames.apply(((CheckCondition.Expression) c).sql(),
                    name -> columns.get(names.key(name))));
        }

        private String column(Map<String, String> columns, String name) {
            return columns.getOrDefault(names.key(name), name);
        }

        private List<String> columns(Map<String, String> columns, List<String> list) {
            return list.stream().map(n -> column(columns, n)).toList();
        }
    }
}
