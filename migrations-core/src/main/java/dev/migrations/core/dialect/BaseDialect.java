package dev.migrations.core.dialect;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.CheckText;
import dev.migrations.core.diff.TableRef;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.GeneratorTable;
import dev.migrations.model.Index;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.ColumnType;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The DDL spelling that SQLite, H2 and the other supported databases share. */
public abstract class BaseDialect implements Dialect {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The reserved words of this database. */
    protected abstract Set<String> reservedWords();

    @Override
    public boolean isReserved(String identifier) {
        return ReservedWords.contains(reservedWords(), identifier);
    }

    /**
     * Quotes only what must be quoted. Other names stay unquoted so that the database folds them exactly as it
     * folds the unquoted names in the ORM's own SQL (on H2 a quoted {@code "firstName"} would not be found by
     * Hibernate's {@code select firstName …}).
     */
    @Override
    public String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !isReserved(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    protected String qualified(TableRef ref) {
        return ref.schema() == null ? quote(ref.name()) : quote(ref.schema()) + "." + quote(ref.name());
    }

    protected String qualified(Table table) {
        return qualified(TableRef.of(table));
    }

    protected String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code name type [default x] [not null]}; identity spelling is the dialect's. */
    protected String columnDefinition(Column c) {
        return columnDefinition(c, renderType(c));
    }

    /** The same, with the column's type as given. */
    protected String columnDefinition(Column c, String type) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(type);
        if (c.columnDefinition() != null) {
            return sb.toString();
        }
        if (c.identity()) {
            sb.append(identityClause());
        } else if (c.defaultValue() != null) {
            sb.append(" default ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            sb.append(" not null");
        }
        return sb.toString();
    }

    /** What follows the type of an identity column. */
    protected abstract String identityClause();

    protected String primaryKeyClause(Table t, PrimaryKey pk) {
        return constraintPrefix(pk.name()) + "primary key " + columnList(pk.columns());
    }

    protected String uniqueClause(Table t, UniqueConstraint u) {
        return constraintPrefix(uniqueName(t.name(), u)) + "unique " + columnList(u.columns());
    }

    protected String checkClause(Table t, CheckConstraint c) {
        return constraintPrefix(checkName(t.name(), c)) + "check (" + checkSql(t, c.condition()) + ")";
    }

    protected String foreignKeyClause(Table t, ForeignKey fk) {
        StringBuilder sb = new StringBuilder(constraintPrefix(foreignKeyName(t.name(), fk)))
                .append("foreign key ").append(columnList(fk.columns()))
                .append(" references ")
                .append(fk.referencedSchema() == null ? "" : quote(fk.referencedSchema()) + ".")
                .append(quote(fk.referencedTable())).append(' ').append(columnList(fk.referencedColumns()));
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sb.append(" on delete ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sb.append(" on update ").append(fk.onUpdate().sql());
        }
        return sb.toString();
    }

    private String constraintPrefix(String name) {
        return name == null ? "" : "constraint " + quote(name) + " ";
    }

    /** The constraint's own name, or a deterministic one from the table and columns (needed to drop it again). */
    protected String uniqueName(String table, UniqueConstraint u) {
        return u.name() != null ? u.name() : shortName("uk_" + table + "_" + String.join("_", u.columns()));
    }

    protected String foreignKeyName(String table, ForeignKey fk) {
        return fk.name() != null ? fk.name() : shortName("fk_" + table + "_" + String.join("_", fk.columns()));
    }

    protected String checkName(String table, CheckConstraint c) {
        if (c.name() != null) {
            return c.name();
        }
        String canonical = CheckText.canonical(c.condition());
        return shortName("ck_" + table + "_" + Integer.toHexString(canonical.hashCode()));
    }

    /** Keeps generated names within the 63 characters every supported database accepts. */
    private static String shortName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (n.length() <= 63) {
            return n;
        }
        return n.substring(0, 54) + "_" + Integer.toHexString(n.hashCode());
    }

    /**
     * The check's SQL. The values of an {@code in} list are written as numbers when the table's column holds
     * integers (an integer discriminator) and every value is one, as Hibernate writes them; else as strings.
     */
    protected String checkSql(Table t, CheckCondition condition) {
        if (condition instanceof CheckCondition.InValues in) {
            boolean numbers = holdsIntegers(t, in.column()) && in.values().stream().allMatch(v -> v.matches("-?\\d+"));
            return quote(in.column()) + " in (" + in.values().stream().map(v -> numbers ? v : literal(v))
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (condition instanceof CheckCondition.Range r) {
            if (r.min() != null && r.max() != null) {
                return quote(r.column()) + " between " + r.min() + " and " + r.max();
            }
            return r.min() != null ? quote(r.column()) + " >= " + r.min() : quote(r.column()) + " <= " + r.max();
        }
        return ((CheckCondition.Expression) condition).sql();
    }

    private static boolean holdsIntegers(Table t, String column) {
        return t.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).anyMatch(c -> switch (c.type().kind()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT -> true;
            default -> false;
        });
    }

    protected static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    protected String createIndex(TableRef table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " on "
                + qualified(table) + " " + index.columns().stream()
                .map(c -> quote(c.name()) + (c.descending() ? " desc" : ""))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    protected String dropIndex(TableRef table, Index index) {
        return "drop index " + (table.schema() == null ? "" : quote(table.schema()) + ".") + quote(index.name());
    }

    protected List<String> insertRows(Table table, List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        String columns = columnList(table.columns().stream().map(Column::name).toList());
        for (List<String> row : rows) {
            out.add("insert into " + qualified(table) + " " + columns + " values (" + String.join(", ", row) + ")");
        }
        return out;
    }

    /**
     * A value of the column's type for rows that exist when a NOT NULL column without a default is added: zero,
     * false, the empty string or the epoch.
     */
    protected String filler(Column c) {
        return switch (c.type().kind()) {
            case BOOLEAN -> "false";
            case TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE, DECIMAL -> "0";
            case CHAR, VARCHAR, CLOB, OTHER -> "''";
            case BINARY, VARBINARY, BLOB -> "X''";
            case DATE -> "'1970-01-01'";
            case TIME -> "'00:00:00'";
            case TIMESTAMP, TIMESTAMP_TZ -> "'1970-01-01 00:00:00'";
            case UUID -> "'00000000-0000-0000-0000-000000000000'";
        };
    }

    @Override
    public List<DataGuard> guards(dev.migrations.core.diff.SchemaDiff diff) {
        return new DataGuards(this).of(diff);
    }

    /**
     * A condition true for a non-null text value that is not a whole number (optionally signed digits), for the
     * guard of text that becomes numbers.
     */
    protected String notWholeNumber(String column) {
        return "not regexp_like(" + column + ", '^-?[0-9]+$')";
    }

    /** {@code expression} converted to text, as a guard compares a column whose numbers become text. */
    protected String asText(String expression) {
        return "cast(" + expression + " as varchar(4000))";
    }

    /** The function that counts a string's characters, for guards of a narrower length. */
    protected String lengthFunction() {
        return "char_length";
    }

    /**
     * How a guard reads {@code column} of {@code start} to compare it with a list of strings: the column itself by
     * default; a database whose enum type refuses an unknown literal in a comparison reads it as text.
     */
    protected String guardedValue(Table start, String column) {
        return quote(column);
    }

    /**
     * The statements that add {@code c}, with a {@code -- NOTE} above the first when no value for the existing rows
     * can be derived (see {@link MissingValue}).
     */
    protected List<String> notedWhereNoValue(List<String> statements, Table goal, Table start, Column c) {
        java.util.Optional<MissingValue> missing = DataGuards.missingValue(goal, start, c);
        if (missing.isEmpty() || statements.isEmpty()) {
            return statements;
        }
        List<String> out = new ArrayList<>(statements);
        out.set(0, missing.get().note() + "\n" + out.get(0));
        return out;
    }

    /**
     * The value for existing rows of a NOT NULL column added without a default, in {@code table}: the first of the
     * values an {@code in} check of the table allows for it (an enum's), else the type's neutral value
     * ({@link #filler}), which an {@code in} check would refuse.
     */
    protected String fillerIn(Table table, Column c) {
        if (table != null) {
            for (CheckConstraint check : table.checks()) {
                if (check.condition() instanceof CheckCondition.InValues in && in.column().equalsIgnoreCase(c.name())
                        && !in.values().isEmpty()) {
                    String first = new java.util.TreeSet<>(in.values()).first();
                    boolean number = holdsIntegers(table, c.name()) && first.matches("-?\\d+");
                    return number ? first : literal(first);
                }
            }
        }
        return filler(c);
    }

    /**
     * Sequences as one-row tables, as Hibernate emulates them where the database has none. The sequence's earlier
     * names are the table's: a renamed sequence table is renamed with its row, keeping {@code next_val}.
     */
    protected static Table sequenceTable(Sequence s) {
        return new Table(s.schema(), s.name(), null,
                List.of(Column.of("next_val", ColumnType.of(TypeKind.BIGINT), true, s.origin())),
                null, List.of(), List.of(), List.of(), List.of(), s.origin(), s.renamedFrom());
    }

    /** A generator table with its segment column as primary key, as Hibernate creates it. */
    protected static Table generatorTable(GeneratorTable g) {
        return new Table(g.schema(), g.name(), null,
                List.of(Column.of(g.segmentColumn(), ColumnType.varchar(g.segmentColumnLength()), false, g.origin()),
                        Column.of(g.valueColumn(), ColumnType.of(TypeKind.BIGINT), true, g.origin())),
                PrimaryKey.of(g.segmentColumn()), List.of(), List.of(), List.of(), List.of(), g.origin());
    }

    /** Lowers generator tables (every dialect) and, when asked, sequences into tables. */
    protected LoweredSchema lowerTables(Schema model, boolean sequencesAsTables) {
        List<Table> tables = new ArrayList<>(model.tables());
        Map<String, List<List<String>>> rows = new HashMap<>();
        for (GeneratorTable g : model.generatorTables()) {
            tables.add(generatorTable(g));
            rows.put(g.name(), g.segments().stream()
                    .map(s -> List.of(literal(s.value()), Long.toString(s.initialValue()))).toList());
        }
        List<Sequence> sequences = model.sequences();
        if (sequencesAsTables) {
            for (Sequence s : model.sequences()) {
                tables.add(sequenceTable(s));
                rows.put(s.name(), List.of(List.of(Long.toString(s.start()))));
            }
            sequences = List.of();
        }
        return new LoweredSchema(new Schema(tables, sequences, List.of()), rows);
    }

    /**
     * The error for a change this dialect has no SQL for: a change is never dropped silently, because the script
     * would then miss a step the diff reported.
     */
    /**
     * A diff's renames split from its other changes: a diff opens with its renames (an upgrade renames first, so
     * the changes after them name tables and columns as they are then) and its reverse closes with them (a
     * downgrade renames back last).
     *
     * @param leading  the renames that open the diff
     * @param rest     the diff without its renames
     * @param trailing the renames that close it
     */
    protected record RenameSplit(List<Change> leading, dev.migrations.core.diff.SchemaDiff rest,
                                 List<Change> trailing) {

        public boolean isEmpty() {
            return leading.isEmpty() && trailing.isEmpty();
        }
    }

    /** Splits the renames off a diff; a rename between other changes has no safe place and is refused. */
    protected RenameSplit splitRenames(dev.migrations.core.diff.SchemaDiff diff) {
        List<Change> changes = diff.changes();
        int start = 0;
        while (start < changes.size() && isRename(changes.get(start))) {
            start++;
        }
        int end = changes.size();
        while (end > start && isRename(changes.get(end - 1))) {
            end--;
        }
        List<Change> rest = changes.subList(start, end);
        for (Change c : rest) {
            if (isRename(c)) {
                throw unsupported(c);
            }
        }
        return new RenameSplit(changes.subList(0, start),
                new dev.migrations.core.diff.SchemaDiff(diff.database(), diff.model(), rest),
                changes.subList(end, changes.size()));
    }

    private static boolean isRename(Change c) {
        return c instanceof Change.RenameTable || c instanceof Change.RenameColumn
                || c instanceof Change.RenameSequence;
    }

    /** The statements of renames, in their order. */
    protected List<String> renames(List<Change> renames) {
        List<String> out = new ArrayList<>();
        for (Change c : renames) {
            if (c instanceof Change.RenameTable r) {
                out.add(renameTable(r.from(), r.to().name()));
            } else if (c instanceof Change.RenameColumn r) {
                out.add(renameColumn(r.table(), r.from(), r.to()));
            } else if (c instanceof Change.RenameSequence r) {
                out.addAll(renameSequence(r.from(), r.to()));
            }
        }
        return out;
    }

    /** Renames a table in place; its rows, indexes, constraints and the foreign keys to it follow. */
    protected String renameTable(TableRef from, String to) {
        return "alter table " + qualified(from) + " rename to " + quote(to);
    }

    /** Renames a column in place; its values and its place in indexes, constraints and foreign keys follow. */
    protected String renameColumn(TableRef table, String from, String to) {
        return "alter table " + qualified(table) + " rename column " + quote(from) + " to " + quote(to);
    }

    /**
     * Renames a sequence, keeping the value it hands out next: {@code alter sequence … rename to …}.
     *
     * @param from the sequence as the database holds it
     * @param to   the same sequence under its new name
     */
    protected List<String> renameSequence(Sequence from, Sequence to) {
        return List.of("alter sequence " + qualified(new TableRef(from.schema(), from.name())) + " rename to "
                + quote(to.name()));
    }

    protected AutogenerateException unsupported(Change change) {
        return new AutogenerateException("DIFF-004", "The " + name() + " dialect cannot write SQL for this change: "
                + change.description() + ". Write this step of the revision by hand, or leave the object out of the "
                + "comparison with the exclude setting.");
    }
}
