package dev.migrations.core.diff;

import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One difference between a database and the model, as typed data. Every change carries what its reverse needs
 * (a {@link DropColumn} holds the whole dropped column), so a downgrade can be planned from the same list.
 *
 * <pre>{@code
 * for (Change change : SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes()) {
 *     log.info("Detected " + change.description());   // Detected added column 'students.phone'
 * }
 * }</pre>
 */
public sealed interface Change {

    /** A sentence fragment for the {@code Detected …} log line, e.g. {@code added column 'students.phone'}. */
    String description();

    /** The change that undoes this one. */
    Change reverse();

    /** The table this change applies to, or {@code null} for sequence changes. */
    TableRef table();

    /** A change to the columns or constraints of an existing table. */
    sealed interface TableChange extends Change {
    }

    /**
     * A new table.
     *
     * @param definition  the table as it is to be created
     * @param initialRows rows to insert after creating it (SQL literals in column order); generator tables need them
     */
    record AddTable(Table definition, List<List<String>> initialRows) implements Change {
        public AddTable {
            Objects.requireNonNull(definition, "definition");
            initialRows = initialRows.stream().map(List::copyOf).toList();
        }

        public AddTable(Table definition) {
            this(definition, List.of());
        }

        @Override
        public String description() {
            return "added table '" + definition.qualifiedName() + "'";
        }

        @Override
        public Change reverse() {
            return new DropTable(definition, initialRows);
        }

        @Override
        public TableRef table() {
            return TableRef.of(definition);
        }
    }

    /**
     * A table to drop, with its full definition so that a downgrade can create it again.
     *
     * @param definition  the table as the database holds it
     * @param initialRows the rows a downgrade inserts when it creates the table again
     */
    record DropTable(Table definition, List<List<String>> initialRows) implements Change {
        public DropTable {
            Objects.requireNonNull(definition, "definition");
            initialRows = initialRows.stream().map(List::copyOf).toList();
        }

        public DropTable(Table definition) {
            this(definition, List.of());
        }

        @Override
        public String description() {
            return "removed table '" + definition.qualifiedName() + "'";
        }

        @Override
        public Change reverse() {
            return new AddTable(definition, initialRows);
        }

        @Override
        public TableRef table() {
            return TableRef.of(definition);
        }
    }

    /**
     * A table that keeps its rows, indexes, constraints and the foreign keys that reference it under another name
     * ({@code @RenamedFrom} on the entity). Comes before every other change of a diff, so the changes after it name
     * the table by its new name.
     *
     * <pre>{@code
     * Change rename = new Change.RenameTable(new TableRef(null, "customers"), new TableRef(null, "clients"));
     * rename.description();   // renamed table 'customers' to 'clients'
     * rename.reverse();       // RenameTable[from=clients, to=customers]
     * }</pre>
     *
     * @param from the table as the database names it before the change
     * @param to   the table's name after it (in the same schema)
     */
    record RenameTable(TableRef from, TableRef to) implements Change {
        public RenameTable {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String description() {
            return "renamed table '" + from + "' to '" + to.name() + "'";
        }

        @Override
        public Change reverse() {
            return new RenameTable(to, from);
        }

        /** The table the statement applies to: the one named {@link #from}. */
        @Override
        public TableRef table() {
            return from;
        }
    }

    /**
     * A column that keeps its values (and its place in indexes, keys and checks) under another name
     * ({@code @RenamedFrom} on the attribute). Renames come before every other change of a diff.
     *
     * <pre>{@code
     * Change rename = new Change.RenameColumn(new TableRef(null, "clients"), "mail", "email");
     * rename.description();   // renamed column 'clients.mail' to 'email'
     * }</pre>
     *
     * @param table the table, by the name it has when the column is renamed (its new name, if it is renamed too)
     * @param from  the column's name before the change
     * @param to    its name after it
     */
    record RenameColumn(TableRef table, String from, String to) implements TableChange {
        public RenameColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String description() {
            return "renamed column '" + table + "." + from + "' to '" + to + "'";
        }

        @Override
        public Change reverse() {
            return new RenameColumn(table, to, from);
        }
    }

    /**
     * A sequence that keeps its current value under another name: the implicit sequence of a table renamed with
     * {@code @RenamedFrom} ({@code customers_SEQ} becomes {@code clients_SEQ}). Renames come before every other
     * change of a diff; a sequence whose increment also differs is altered after the rename.
     *
     * <pre>{@code
     * Change rename = new Change.RenameSequence(databaseSequence, modelSequence);
     * rename.description();   // renamed sequence 'customers_SEQ' to 'clients_SEQ'
     * }</pre>
     *
     * @param from the sequence as the database holds it before the change
     * @param to   the sequence as the model names it (in the same schema)
     */
    record RenameSequence(Sequence from, Sequence to) implements Change {
        public RenameSequence {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String description() {
            return "renamed sequence '" + qualified(from) + "' to '" + to.name() + "'";
        }

        @Override
        public Change reverse() {
            return new RenameSequence(to, from);
        }

        @Override
        public TableRef table() {
            return null;
        }
    }

    record AddColumn(TableRef table, Column column) implements TableChange {
        @Override
        public String description() {
            return "added column '" + table + "." + column.name() + "'";
        }

        @Override
        public Change reverse() {
            return new DropColumn(table, column);
        }
    }

    record DropColumn(TableRef table, Column column) implements TableChange {
        @Override
        public String description() {
            return "removed column '" + table + "." + column.name() + "'";
        }

        @Override
        public Change reverse() {
            return new AddColumn(table, column);
        }
    }

    /**
     * A column whose type (kind, length, precision, scale, or identity) differs.
     *
     * @param from the column as the database holds it
     * @param to   the column as the model wants it
     */
    record AlterColumnType(TableRef table, Column from, Column to) implements TableChange {
        @Override
        public String description() {
            return "type changed of column '" + table + "." + to.name() + "' from " + spell(from) + " to " + spell(to);
        }

        /** The logical type, or, for a type the database spells its own way, that spelling. */
        private static String spell(Column c) {
            String type = c.type().kind() == dev.migrations.model.TypeKind.OTHER && c.columnDefinition() != null
                    && !c.columnDefinition().isBlank() ? c.columnDefinition().strip() : c.type().toString();
            return type + (c.identity() ? " identity" : "");
        }

        @Override
        public Change reverse() {
            return new AlterColumnType(table, to, from);
        }
    }

    record AlterColumnNullability(TableRef table, Column from, Column to) implements TableChange {
        @Override
        public String description() {
            return (to.nullable() ? "null allowed in" : "not null set on") + " column '" + table + "." + to.name() + "'";
        }

        @Override
        public Change reverse() {
            return new AlterColumnNullability(table, to, from);
        }
    }

    record AlterColumnDefault(TableRef table, Column from, Column to) implements TableChange {
        @Override
        public String description() {
            return "default changed of column '" + table + "." + to.name() + "' from "
                    + (from.defaultValue() == null ? "none" : from.defaultValue()) + " to "
                    + (to.defaultValue() == null ? "none" : to.defaultValue());
        }

        @Override
        public Change reverse() {
            return new AlterColumnDefault(table, to, from);
        }
    }

    record AlterColumnComment(TableRef table, Column from, Column to) implements TableChange {
        @Override
        public String description() {
            return "comment changed of column '" + table + "." + to.name() + "'";
        }

        @Override
        public Change reverse() {
            return new AlterColumnComment(table, to, from);
        }
    }

    record AlterTableComment(TableRef table, String from, String to) implements TableChange {
        @Override
        public String description() {
            return "comment changed of table '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new AlterTableComment(table, to, from);
        }
    }

    record AddPrimaryKey(TableRef table, PrimaryKey primaryKey) implements TableChange {
        @Override
        public String description() {
            return "added primary key " + primaryKey.columns() + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new DropPrimaryKey(table, primaryKey);
        }
    }

    record DropPrimaryKey(TableRef table, PrimaryKey primaryKey) implements TableChange {
        @Override
        public String description() {
            return "removed primary key " + primaryKey.columns() + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new AddPrimaryKey(table, primaryKey);
        }
    }

    record AddUniqueConstraint(TableRef table, UniqueConstraint constraint) implements TableChange {
        @Override
        public String description() {
            return "added unique constraint " + constraint.columns() + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new DropUniqueConstraint(table, constraint);
        }
    }

    record DropUniqueConstraint(TableRef table, UniqueConstraint constraint) implements TableChange {
        @Override
        public String description() {
            return "removed unique constraint " + constraint.columns() + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new AddUniqueConstraint(table, constraint);
        }
    }

    record AddIndex(TableRef table, Index index) implements TableChange {
        @Override
        public String description() {
            return "added " + (index.unique() ? "unique " : "") + "index '" + index.name() + "' " + spell(index)
                    + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new DropIndex(table, index);
        }
    }

    record DropIndex(TableRef table, Index index) implements TableChange {
        @Override
        public String description() {
            return "removed " + (index.unique() ? "unique " : "") + "index '" + index.name() + "' " + spell(index)
                    + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new AddIndex(table, index);
        }
    }

    record AddForeignKey(TableRef table, ForeignKey foreignKey) implements TableChange {
        @Override
        public String description() {
            return "added foreign key " + spell(foreignKey) + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new DropForeignKey(table, foreignKey);
        }
    }

    record DropForeignKey(TableRef table, ForeignKey foreignKey) implements TableChange {
        @Override
        public String description() {
            return "removed foreign key " + spell(foreignKey) + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new AddForeignKey(table, foreignKey);
        }
    }

    record AddCheck(TableRef table, CheckConstraint check) implements TableChange {
        @Override
        public String description() {
            return "added check " + CheckText.canonical(check.condition()) + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new DropCheck(table, check);
        }
    }

    record DropCheck(TableRef table, CheckConstraint check) implements TableChange {
        @Override
        public String description() {
            return "removed check " + CheckText.canonical(check.condition()) + " on '" + table + "'";
        }

        @Override
        public Change reverse() {
            return new AddCheck(table, check);
        }
    }

    record AddSequence(Sequence sequence) implements Change {
        @Override
        public String description() {
            return "added sequence '" + qualified(sequence) + "'";
        }

        @Override
        public Change reverse() {
            return new DropSequence(sequence);
        }

        @Override
        public TableRef table() {
            return null;
        }
    }

    record DropSequence(Sequence sequence) implements Change {
        @Override
        public String description() {
            return "removed sequence '" + qualified(sequence) + "'";
        }

        @Override
        public Change reverse() {
            return new AddSequence(sequence);
        }

        @Override
        public TableRef table() {
            return null;
        }
    }

    /** A sequence whose increment differs (the start of a used sequence is not compared). */
    record AlterSequence(Sequence from, Sequence to) implements Change {
        @Override
        public String description() {
            return "increment changed of sequence '" + qualified(to) + "' from " + from.increment() + " to "
                    + to.increment();
        }

        @Override
        public Change reverse() {
            return new AlterSequence(to, from);
        }

        @Override
        public TableRef table() {
            return null;
        }
    }

    private static String qualified(Sequence s) {
        return s.schema() == null ? s.name() : s.schema() + "." + s.name();
    }

    private static String spell(Index index) {
        return index.columns().stream().map(c -> c.name() + (c.descending() ? " desc" : ""))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String spell(ForeignKey fk) {
        return fk.columns() + " -> " + fk.referencedTable() + fk.referencedColumns()
                + (fk.onDelete() == dev.migrations.model.ReferentialAction.NO_ACTION ? ""
                        : " on delete " + fk.onDelete().sql());
    }
}
