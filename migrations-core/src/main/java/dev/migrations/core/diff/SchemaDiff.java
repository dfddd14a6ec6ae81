package dev.migrations.core.diff;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.LoweredSchema;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The differences between a database and the model, as typed changes, together with both schemas in the
 * physical form the dialect gives them (a planner that rebuilds a table needs the whole table on each side).
 *
 * <pre>{@code
 * Schema model = ModelJson.read(Files.readString(modelJson));
 * SchemaDiff diff = SchemaDiff.compare(model, database, Databases.forUrl(url).dialect(), DiffOptions.defaults());
 * diff.changes().forEach(c -> log.info("Detected " + c.description()));
 * }</pre>
 *
 * @param database the database's schema (the starting point), restricted to the compared tables, with the renames
 *                 of {@code changes} applied: every change after the renames names tables and columns as they are
 *                 then
 * @param model    the model in the dialect's physical form (the goal), restricted to the compared tables
 * @param changes  what turns the database into {@code model}, in a deterministic order: renames
 *                 ({@link Change.RenameTable}, {@link Change.RenameColumn}, {@link Change.RenameSequence}) first
 */
public record SchemaDiff(Schema database, Schema model, List<Change> changes) {

    public SchemaDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Compares the model with what the database holds. The model is first lowered to the dialect's physical form;
     * names compare without regard to case where the dialect folds case; types compare as the dialect renders
     * them; unique constraints, indexes and foreign keys are matched by their columns, never by their names.
     * A model table, column or sequence with earlier names ({@code @RenamedFrom}, and the implicit sequence of a
     * renamed table) that the database holds under one of them is renamed first, then compared as usual.
     *
     * @throws dev.migrations.core.api.AutogenerateException {@code [DIFF-003]} when the database cannot hold a
     *         compared model table (a schema-qualified table on SQLite)
     */
    public static SchemaDiff compare(Schema model, Schema database, Dialect dialect, DiffOptions options) {
        LoweredSchema lowered = dialect.lower(model);
        Schema goal = restrict(lowered.schema(), options);
        dialect.requireCreatable(goal);
        Names names = new Names(dialect.foldsCase());
        Renames renames = Renames.of(goal, restrict(database, options), names);
        Schema start = renames.renamed();
        List<Change> changes = new ArrayList<>(renames.changes());

        Map<String, Table> goalTables = byKey(goal.tables(), names);
        Map<String, Table> startTables = byKey(start.tables(), names);
        TableComparator tables = new TableComparator(dialect, names);
        for (String key : new TreeSet<>(union(goalTables.keySet(), startTables.keySet()))) {
            Table want = goalTables.get(key);
            Table have = startTables.get(key);
            if (have == null) {
                changes.add(new Change.AddTable(want, lowered.rowsFor(want.name())));
            } else if (want == null) {
                changes.add(new Change.DropTable(have));
            } else {
                changes.addAll(tables.compare(have, want));
            }
        }

        Map<String, Sequence> goalSeqs = new LinkedHashMap<>();
        goal.sequences().forEach(s -> goalSeqs.put(names.key(s.schema(), s.name()), s));
        Map<String, Sequence> startSeqs = new LinkedHashMap<>();
        start.sequences().forEach(s -> startSeqs.put(names.key(s.schema(), s.name()), s));
        for (String key : new TreeSet<>(union(goalSeqs.keySet(), startSeqs.keySet()))) {
            Sequence want = goalSeqs.get(key);
            Sequence have = startSeqs.get(key);
            if (have == null) {
                changes.add(new Change.AddSequence(want));
            } else if (want == null) {
                changes.add(new Change.DropSequence(have));
            } else if (have.increment() != want.increment()) {
                changes.add(new Change.AlterSequence(have, want));
            }
        }
        return new SchemaDiff(start, goal, changes);
    }

    /** Whether the database already matches the model. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The diff that undoes this one: from the model back to the database, each change reversed. */
    public SchemaDiff reversed() {
        List<Change> undo = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            undo.add(changes.get(i).reverse());
        }
        return new SchemaDiff(model, database, undo);
    }

    /** The starting table of this name, if the database has it. */
    public Optional<Table> databaseTable(TableRef ref) {
        return find(database, ref);
    }

    /** The goal table of this name, if the model has it. */
    public Optional<Table> modelTable(TableRef ref) {
        return find(model, ref);
    }

    private static Optional<Table> find(Schema schema, TableRef ref) {
        return schema.tables().stream()
                .filter(t -> t.name().equalsIgnoreCase(ref.name()))
                .filter(t -> ref.schema() == null ? t.schema() == null : ref.schema().equalsIgnoreCase(t.schema()))
                .findFirst();
    }

    private static Schema restrict(Schema schema, DiffOptions options) {
        return new Schema(
                schema.tables().stream().filter(t -> options.compares(t.name())).toList(),
                schema.sequences().stream().filter(s -> options.compares(s.name())).toList(),
                schema.generatorTables().stream().filter(g -> options.compares(g.name())).toList());
    }

    private static Map<String, Table> byKey(List<Table> tables, Names names) {
        Map<String, Table> map = new LinkedHashMap<>();
        tables.forEach(t -> map.putIfAbsent(names.key(t.schema(), t.name()), t));
        return map;
    }

    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
