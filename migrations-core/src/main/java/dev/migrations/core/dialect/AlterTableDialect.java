package dev.migrations.core.dialect;

import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.diff.TableRef;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dialect for a database that changes tables in place with {@code ALTER TABLE} (H2, PostgreSQL, MariaDB): the
 * order of the phases is shared, and each statement is a hook that a database spells its own way. The defaults
 * are the standard spellings H2 and PostgreSQL share ({@code alter column … set not null},
 * {@code comment on …}, {@code drop constraint …}).
 *
 * <pre>{@code
 * List<String> upgrade = new H2Dialect().render(diff);   // an AlterTableDialect
 * }</pre>
 */
public abstract class AlterTableDialect extends BaseDialect {

    /**
     * Phases: renames first (an upgrade's) or last (a downgrade's); foreign keys and other constraints are dropped
     * first, then tables; sequences; tables are created without foreign keys (so cycles need nothing special),
     * columns change, constraints and indexes are added, and every foreign key is added last.
     */
    @Override
    public final List<String> render(SchemaDiff diff) {
        RenameSplit split = splitRenames(diff);
        if (!split.isEmpty()) {
            List<String> out = new ArrayList<>(renames(split.leading()));
            out.addAll(render(split.rest()));
            out.addAll(renames(split.trailing()));
            return out;
        }
        List<Change> changes = diff.changes();
        List<String> dropFks = new ArrayList<>();
        List<String> dropConstraints = new ArrayList<>();
        List<String> dropTables = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        List<String> createTables = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> dropColumns = new ArrayList<>();
        List<String> addConstraints = new ArrayList<>();
        List<String> addFks = new ArrayList<>();

        List<Table> added = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.AddTable a) {
                added.add(a.definition());
            } else if (c instanceof Change.DropTable d) {
                dropped.add(d.definition());
            }
        }
        for (Table t : TableOrder.of(added).tables()) {
            Change.AddTable a = (Change.AddTable) changes.stream()
                    .filter(c -> c instanceof Change.AddTable x && x.definition() == t).findFirst().orElseThrow();
            createTables.add(createTable(t));
            createTables.addAll(insertRows(t, a.initialRows()));
            t.indexes().forEach(i -> addConstraints.add(createIndex(TableRef.of(t), i)));
            addConstraints.addAll(comments(t));
            t.foreignKeys().forEach(fk -> addFks.add(addForeignKey(TableRef.of(t), fk)));
        }
        List<Table> dropOrder = new ArrayList<>(TableOrder.of(dropped).tables());
        java.util.Collections.reverse(dropOrder);
        for (Table t : dropOrder) {
            t.foreignKeys().forEach(fk -> dropFks.add(dropForeignKey(TableRef.of(t), fk)));
            dropTables.add(dropTable(t));
        }
        Map<String, List<String>> addedColumns = new HashMap<>();
        Map<String, Retype> retyped = new java.util.LinkedHashMap<>();
        for (Change c : changes) {
            TableRef ref = c.table();
            Table goal = ref == null ? null : diff.modelTable(ref).orElse(null);
            Table start = ref == null ? null : diff.databaseTable(ref).orElse(null);
            if (c instanceof Change.AddColumn a) {
                String position = columnPosition(diff, ref, a.column(), addedColumns.computeIfAbsent(
                        ref.toString().toLowerCase(Locale.ROOT), k -> new ArrayList<>()));
                columns.addAll(notedWhereNoValue(addColumn(ref, a.column(), columnType(goal, a.column()),
                        fillerIn(goal, a.column()), position), goal, start, a.column()));
                List<String> partners = RowNumbering.partners(goal, start, a.column());
                if (!partners.isEmpty()) {
                    columns.addAll(numberRows(ref, a.column(), partners));
                }
            } else if (c instanceof Change.DropColumn d) {
                dropColumns.add(dropColumn(ref, d.column()));
            } else if (c instanceof Change.AlterColumnType a) {
                if (columnType(goal, a.to()).equals(renderType(a.to()))) {
                    columns.addAll(alterType(ref, a.from(), a.to()));
                } else {
                    retype(retyped, ref, goal, a.to().name());
                }
            } else if (c instanceof Change.AlterColumnNullability a) {
                columns.addAll(alterNullability(ref, a.from(), a.to()));
            } else if (c instanceof Change.AlterColumnDefault a) {
                columns.addAll(alterDefault(ref, a.from(), a.to()));
            } else if (c instanceof Change.AlterColumnComment a) {
                columns.addAll(alterColumnComment(ref, a.from(), a.to()));
            } else if (c instanceof Change.AlterTableComment a) {
                columns.add(tableComment(ref, a.to()));
            } else if (c instanceof Change.AddPrimaryKey a) {
                addConstraints.add("alter table " + qualified(ref) + " add " + primaryKeyClause(null, a.primaryKey()));
            } else if (c instanceof Change.DropPrimaryKey d) {
                dropConstraints.add(dropPrimaryKey(ref, d.primaryKey()));
            } else if (c instanceof Change.AddUniqueConstraint a) {
                addConstraints.add("alter table " + qualified(ref) + " add " + uniqueClause(named(ref), a.constraint()));
            } else if (c instanceof Change.DropUniqueConstraint d) {
                dropConstraints.add(dropUnique(ref, d.constraint()));
            } else if (c instanceof Change.AddIndex a) {
                addConstraints.add(createIndex(ref, a.index()));
            } else if (c instanceof Change.DropIndex d) {
                dropConstraints.add(dropIndex(ref, d.index()));
            } else if (c instanceof Change.AddForeignKey a) {
                addFks.add(addForeignKey(ref, a.foreignKey()));
            } else if (c instanceof Change.DropForeignKey d) {
                dropFks.add(dropForeignKey(ref, d.foreignKey()));
            } else if (c instanceof Change.AddCheck a) {
                if (!typeHoldsCheck(goal, a.check())) {
                    addConstraints.add("alter table " + qualified(ref) + " add " + checkClause(named(ref), a.check()));
                } else if (start != null && hasColumn(start, checkedColumn(a.check()))) {
                    retype(retyped, ref, goal, checkedColumn(a.check()));
                }
            } else if (c instanceof Change.DropCheck d) {
                if (!typeHoldsCheck(start, d.check())) {
                    dropConstraints.add(dropCheck(ref, d.check()));
                } else if (goal != null && hasColumn(goal, checkedColumn(d.check()))) {
                    retype(retyped, ref, goal, checkedColumn(d.check()));
                }
            } else if (c instanceof Change.AddSequence a) {
                sequences.add(createSequence(a.sequence()));
            } else if (c instanceof Change.DropSequence d) {
                sequences.add(dropSequence(d.sequence()));
            } else if (c instanceof Change.AlterSequence a) {
                sequences.add(alterSequence(a.from(), a.to()));
            } else if (!(c instanceof Change.AddTable || c instanceof Change.DropTable)) {
                throw unsupported(c);
            }
        }
        for (Retype r : retyped.values()) {
            // a column whose type holds its values (a native enum) changes type instead of checks
            boolean typeAltered = changes.stream().anyMatch(c -> c instanceof Change.AlterColumnType a
                    && a.table().equals(r.ref()) && a.to().name().equalsIgnoreCase(r.column().name())
                    && columnType(r.goal(), a.to()).equals(renderType(a.to())));
            if (!typeAltered) {
                columns.add(retypeColumn(r.ref(), r.column(), columnType(r.goal(), r.column())));
            }
        }
        List<String> out = new ArrayList<>();
        out.addAll(dropFks);
        out.addAll(dropConstraints);
        out.addAll(dropTables);
        out.addAll(createSchemas(changes));
        out.addAll(sequences);
        out.addAll(createTables);
        out.addAll(columns);
        out.addAll(dropColumns);
        out.addAll(addConstraints);
        out.addAll(addFks);
        return out;
    }


    /**
     * {@code create schema if not exists} for every schema an added table or sequence names, before it is
     * created. A downgrade leaves the schema: it may hold objects the model does not know, and a database refuses
     * to drop a schema that is not empty, which would stop the downgrade half-way.
     */
    protected List<String> createSchemas(List<Change> changes) {
        Set<String> schemas = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Change c : changes) {
            if (c instanceof Change.AddTable a && a.definition().schema() != null) {
                schemas.add(a.definition().schema());
            } else if (c instanceof Change.AddSequence a && a.sequence().schema() != null) {
                schemas.add(a.sequence().schema());
            }
        }
        return schemas.stream().map(s -> "create schema if not exists " + quote(s)).toList();
    }

    /** A column of a table whose type changes because the values its type holds change. */
    private record Retype(TableRef ref, Table goal, Column column) {
    }

    private static void retype(Map<String, Retype> retyped, TableRef ref, Table goal, String column) {
        if (goal == null) {
            return;
        }
        goal.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst().ifPresent(c ->
                retyped.putIfAbsent((ref + "." + column).toLowerCase(Locale.ROOT), new Retype(ref, goal, c)));
    }

    private static boolean hasColumn(Table table, String column) {
        return column != null && table.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(column));
    }

    private static String checkedColumn(CheckConstraint check) {
        return check.condition() instanceof dev.migrations.model.CheckCondition.InValues in ? in.column() : null;
    }

    /**
     * The column's type in {@code table}: its rendered type, unless the database holds a check of the table in
     * the type itself (a native enum, see {@link #typeHoldsCheck}).
     *
     * @param table the table the column is in, or {@code null} when unknown
     */
    protected String columnType(Table table, Column c) {
        return renderType(c);
    }

    /** Whether {@code check} of {@code table} is written as its column's type instead of a check; never by default. */
    protected boolean typeHoldsCheck(Table table, CheckConstraint check) {
        return false;
    }

    /**
     * Numbers the existing rows 0..n-1 within each group of {@code partners} in the added column {@code c} (see
     * {@link RowNumbering}), after it was added with one value for every row.
     */
    protected abstract List<String> numberRows(TableRef ref, Column c, List<String> partners);

    /** Changes a column's type to {@code type}, for a column whose type holds its values. */
    protected String retypeColumn(TableRef ref, Column c, String type) {
        return alterColumn(ref, c) + " set data type " + type;
    }

    /** A table with only its name, for the clause helpers that need one. */
    protected static Table named(TableRef ref) {
        return new Table(ref.schema(), ref.name(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                null);
    }

    protected String createTable(Table t) {
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(columnDefinition(c, columnType(t, c))));
        if (t.primaryKey() != null) {
            parts.add(primaryKeyClause(t, t.primaryKey()));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            parts.add(uniqueClause(t, u));
        }
        for (CheckConstraint c : t.checks()) {
            if (!typeHoldsCheck(t, c)) {
                parts.add(checkClause(t, c));
            }
        }
        return "create table " + qualified(t) + " (" + String.join(", ", parts) + ")";
    }

    protected String dropTable(Table t) {
        return "drop table " + qualified(t);
    }

    /** The comments of a new table and its columns, after it is created. */
    protected List<String> comments(Table t) {
        List<String> out = new ArrayList<>();
        if (t.comment() != null) {
            out.add(tableComment(TableRef.of(t), t.comment()));
        }
        for (Column c : t.columns()) {
            if (c.comment() != null) {
                out.add(columnComment(TableRef.of(t), c));
            }
        }
        return out;
    }

    protected String tableComment(TableRef ref, String comment) {
        return "comment on table " + qualified(ref) + " is " + literal(comment);
    }

    protected String columnComment(TableRef ref, Column c) {
        return "comment on column " + qualified(ref) + "." + quote(c.name()) + " is " + literal(c.comment());
    }

    protected List<String> alterColumnComment(TableRef ref, Column from, Column to) {
        return List.of(columnComment(ref, to));
    }

    /**
     * Where an added column goes, appended to its {@code add column} clause: nothing (at the end) by default.
     *
     * @param addedBefore the lower-case names of columns this plan added to the table before this one; the hook
     *                    adds this column's name
     */
    protected String columnPosition(SchemaDiff diff, TableRef ref, Column c, List<String> addedBefore) {
        addedBefore.add(c.name().toLowerCase(Locale.ROOT));
        return "";
    }

    /**
     * Adds a column. Existing rows need a value for a NOT NULL column without a default: it is added with a filler
     * default, which is then dropped because the model does not have it.
     */
    protected List<String> addColumn(TableRef ref, Column c, String type, String filler, String position) {
        List<String> out = new ArrayList<>();
        if (c.nullable() || c.defaultValue() != null || c.identity() || c.columnDefinition() != null) {
            out.add("alter table " + qualified(ref) + " add column " + columnDefinition(c, type) + position);
        } else {
            out.add("alter table " + qualified(ref) + " add column " + quote(c.name()) + " " + type
                    + " default " + filler + " not null" + position);
            out.add(alterColumn(ref, c) + " drop default");
        }
        if (c.comment() != null) {
            out.add(columnComment(ref, c));
        }
        return out;
    }

    protected String dropColumn(TableRef ref, Column c) {
        return "alter table " + qualified(ref) + " drop column " + quote(c.name());
    }

    /** A type change, and identity turned on or off. */
    protected abstract List<String> alterType(TableRef ref, Column from, Column to);

    protected List<String> alterNullability(TableRef ref, Column from, Column to) {
        return List.of(alterColumn(ref, to) + (to.nullable() ? " drop not null" : " set not null"));
    }

    protected List<String> alterDefault(TableRef ref, Column from, Column to) {
        return List.of(alterColumn(ref, to) + (to.defaultValue() == null ? " drop default"
                : " set default " + to.defaultValue()));
    }

    protected String alterColumn(TableRef ref, Column c) {
        return "alter table " + qualified(ref) + " alter column " + quote(c.name());
    }

    /** Drops the primary key {@code pk} as the database holds it (with the name it reads back, if any). */
    protected abstract String dropPrimaryKey(TableRef ref, PrimaryKey pk);

    protected String dropUnique(TableRef ref, UniqueConstraint u) {
        return dropConstraint(ref, uniqueName(ref.name(), u));
    }

    protected String dropCheck(TableRef ref, CheckConstraint c) {
        return dropConstraint(ref, checkName(ref.name(), c));
    }

    protected String addForeignKey(TableRef ref, ForeignKey fk) {
        return "alter table " + qualified(ref) + " add " + foreignKeyClause(named(ref), fk);
    }

    protected String dropForeignKey(TableRef ref, ForeignKey fk) {
        return dropConstraint(ref, foreignKeyName(ref.name(), fk));
    }

    protected String dropConstraint(TableRef ref, String name) {
        return "alter table " + qualified(ref) + " drop constraint " + quote(name);
    }

    protected String createSequence(Sequence s) {
        return "create sequence " + sequenceName(s) + " start with " + s.start() + " increment by " + s.increment();
    }

    protected String alterSequence(Sequence from, Sequence to) {
        return "alter sequence " + sequenceName(to) + " increment by " + to.increment();
    }

    protected String dropSequence(Sequence s) {
        return "drop sequence " + sequenceName(s);
    }

    protected String sequenceName(Sequence s) {
        return s.schema() == null ? quote(s.name()) : quote(s.schema()) + "." + quote(s.name());
    }
}
