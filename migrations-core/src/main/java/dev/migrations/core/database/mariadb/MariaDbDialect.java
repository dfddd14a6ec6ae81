package dev.migrations.core.database.mariadb;

import dev.migrations.core.dialect.BaseDialect;
import dev.migrations.core.dialect.LoweredSchema;
import dev.migrations.core.dialect.StringEnums;
import dev.migrations.core.dialect.TableOrder;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.diff.TableRef;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MariaDB 10.11 and MySQL 8, spelled as Hibernate 7's MariaDB and MySQL dialects create the schema:
 * {@code bit} for booleans, {@code datetime(6)} for both timestamp kinds, {@code longtext}/{@code longblob} for
 * large objects, {@code auto_increment} identity, comments as {@code COMMENT '…'} clauses, names quoted with
 * backticks where they must be (reserved words, mixed case, other characters).
 *
 * <p>A string enum is a native {@code enum('A','B')} with its values sorted, as Hibernate writes it: the model
 * describes it as a {@code varchar} column with an unnamed {@code in ('A','B')} check, and this dialect writes
 * such a column as the enum and leaves the check out (the reader reads the enum back as that column and check,
 * so a second diff is empty). Changing the values, or turning the check on or off, restates the column with
 * {@code ALTER TABLE … MODIFY COLUMN}. A named check, or one on a {@code char} or numeric column, stays a check.
 *
 * <p>DDL is not transactional here: each statement commits by itself. Type, nullability, default and comment
 * changes restate the whole column with {@code MODIFY COLUMN}, keeping what did not change. On MySQL a sequence
 * is a one-row table, as Hibernate emulates it there; a UUID is {@code binary(16)}.
 *
 * <pre>{@code
 * Dialect mariadb = new MariaDbDialect(MariaDbFlavor.MARIADB);
 * mariadb.renderType(Column.of("seen", ColumnType.of(TypeKind.TIMESTAMP_TZ), true, null));   // datetime(6)
 * mariadb.quote("order");   // `order`
 * }</pre>
 */
public final class MariaDbDialect extends BaseDialect {



    /** The longest {@code varchar} Hibernate writes: 65,535 bytes of a row over 4-byte characters. */
    static final int MAX_VARCHAR = 16_383;
    /** The longest {@code varbinary}. */
    static final int MAX_VARBINARY = 65_535;
    /** The capacity of {@code text}. */
    static final int TEXT = 65_535;
    /** The capacity of {@code mediumtext} and {@code mediumblob}. */
    static final int MEDIUM = 16_777_215;

    private static final Pattern PLAIN_LOWER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final MariaDbFlavor flavor;

    /** The dialect of one flavour. */
    public MariaDbDialect(MariaDbFlavor flavor) {
        this.flavor = flavor;
    }

    /** MariaDB's dialect. */
    public MariaDbDialect() {
        this(MariaDbFlavor.MARIADB);
    }

    public MariaDbFlavor flavor() {
        return flavor;
    }

    @Override
    public String name() {
        return flavor == MariaDbFlavor.MARIADB ? "mariadb" : "mysql";
    }

    @Override
    protected Set<String> reservedWords() {
        return MariaDbReservedWords.WORDS;
    }

    /**
     * Column names compare without regard to case on both servers; table names are case-sensitive on Linux
     * ({@code lower_case_table_names=0}). The tool writes every name exactly as the model spells it and reads it
     * back as stored, so names compare exactly.
     */
    @Override
    public boolean foldsCase() {
        return false;
    }

    @Override
    public boolean supportsComments() {
        return true;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        // every DDL statement commits the open transaction, before and after itself
        return false;
    }

    @Override
    public boolean detectsIdentity() {
        return true;
    }

    /** InnoDB enforces {@code RESTRICT} exactly as {@code NO ACTION} and reports the default as {@code RESTRICT}. */
    @Override
    public ReferentialAction effectiveAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    /** The index behind the primary key; the reader leaves out those behind unique constraints and foreign keys. */
    @Override
    public boolean isImplicitIndex(Index index) {
        return index.name().equalsIgnoreCase("PRIMARY");
    }

    /**
     * Backticks around reserved words, mixed-case names and names with other characters; a plain lower-case
     * name stays bare.
     */
    @Override
    public String quote(String identifier) {
        if (PLAIN_LOWER.matcher(identifier).matches() && !isReserved(identifier)) {
            return identifier;
        }
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public LoweredSchema lower(Schema model) {
        return lowerTables(model, !flavor.hasSequences());
    }

    @Override
    public String renderType(Column column) {
        if (column.columnDefinition() != null) {
            return column.columnDefinition();
        }
        ColumnType t = column.type();
        return switch (t.kind()) {
            case BOOLEAN -> "bit";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case FLOAT -> "float(24)";
            case DOUBLE -> "float(53)";
            case DECIMAL -> t.precision() == null ? "decimal(10,0)"
                    : "decimal(" + t.precision() + "," + (t.scale() == null ? 0 : t.scale()) + ")";
            // Hibernate's MariaDB dialect writes a char or Character as varchar(1)
            case CHAR -> (flavor == MariaDbFlavor.MARIADB ? "varchar(" : "char(") + (t.length() == null ? 1 : t.length())
                    + ")";
            case VARCHAR -> varchar(t.length() == null ? 255 : t.length());
            case CLOB -> "longtext";
            case BINARY -> "binary(" + (t.length() == null ? 1 : t.length()) + ")";
            case VARBINARY -> varbinary(t.length() == null ? 255 : t.length());
            case BLOB -> "longblob";
            case DATE -> "date";
            case TIME -> t.precision() == null || t.precision() == 0 ? "time" : "time(" + t.precision() + ")";
            case TIMESTAMP, TIMESTAMP_TZ -> {
                int p = t.precision() == null ? 6 : t.precision();
                yield p == 0 ? "datetime" : "datetime(" + p + ")";
            }
            case UUID -> flavor == MariaDbFlavor.MARIADB ? "uuid" : "binary(16)";
            case OTHER -> "longblob";
        };
    }

    /** Past the longest {@code varchar}, the text type that holds the length, as Hibernate chooses it. */
    private static String varchar(int length) {
        if (length <= MAX_VARCHAR) {
            return "varchar(" + length + ")";
        }
        return length <= TEXT ? "text" : length <= MEDIUM ? "mediumtext" : "longtext";
    }

    private static String varbinary(int length) {
        if (length <= MAX_VARBINARY) {
            return "varbinary(" + length + ")";
        }
        return length <= MEDIUM ? "mediumblob" : "longblob";
    }

    @Override
    protected String identityClause() {
        return " auto_increment";
    }

    /** A value for existing rows; MySQL's {@code binary(16)} UUID takes sixteen zero bytes. */
    @Override
    protected String filler(Column c) {
        if (c.type().kind() == TypeKind.UUID && flavor == MariaDbFlavor.MYSQL) {
            return "0x00000000000000000000000000000000";
        }
        return super.filler(c);
    }

    /** A string literal: quotes doubled and, because MariaDB reads backslash escapes, backslashes too. */
    static String text(String value) {
        return value == null ? "null" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    // ------------------------------------------------------------------------------------------- native enums

    /** The sorted values of the native enum this column is in {@code table}, else {@code null}. */
    List<String> enumValues(Table table, Column column) {
        return StringEnums.values(table, column).orElse(null);
    }

    /** Whether the check is written as the native enum type of its column in {@code table}. */
    private static boolean becomesEnum(Table table, CheckConstraint check) {
        return StringEnums.isTypeOf(table, check);
    }

    private String typeIn(Table table, Column c) {
        List<String> values = enumValues(table, c);
        return values == null ? renderType(c)
                : values.stream().map(MariaDbDialect::text).collect(Collectors.joining(",", "enum(", ")"));
    }

    /**
     * The whole column as {@code CREATE TABLE}, {@code ADD COLUMN} and {@code MODIFY COLUMN} write it:
     * {@code name type [not null] [default x] [auto_increment] [comment '…']}.
     */
    String columnDefinition(Table table, Column c) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(typeIn(table, c));
        if (c.columnDefinition() == null) {
            if (!c.nullable()) {
                sb.append(" not null");
            }
            if (c.identity()) {
                sb.append(identityClause());
            } else if (c.defaultValue() != null) {
                sb.append(" default ").append(c.defaultValue());
            }
        }
        if (c.comment() != null) {
            sb.append(" comment ").append(text(c.comment()));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------ render

    /**
     * Phases: renames first (an upgrade's; {@code rename column} needs MariaDB 10.5 or MySQL 8.0) or last (a
     * downgrade's); foreign keys, then other constraints and indexes are dropped, then tables; schemas and sequences
     * are created; tables are created without foreign keys; columns are added, restated and dropped;
     * constraints and indexes are added; every foreign key is added last.
     */
    @Override
    public List<String> render(SchemaDiff diff) {
        RenameSplit split = splitRenames(diff);
        if (!split.isEmpty()) {
            // DDL is not transactional here: renames first (upgrade) or last (downgrade), each in one statement
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
        Map<Table, List<List<String>>> rows = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c instanceof Change.AddTable a) {
                added.add(a.definition());
                rows.put(a.definition(), a.initialRows());
            } else if (c instanceof Change.DropTable d) {
                dropped.add(d.definition());
            }
        }
        for (Table t : TableOrder.of(added).tables()) {
            createTables.add(createTable(t));
            createTables.addAll(insertRows(t, rows.getOrDefault(t, List.of())));
            t.indexes().forEach(i -> addConstraints.add(createIndex(TableRef.of(t), i)));
            t.foreignKeys().forEach(fk -> addFks.add(addForeignKey(TableRef.of(t), fk)));
        }
        List<Table> dropOrder = new ArrayList<>(TableOrder.of(dropped).tables());
        Collections.reverse(dropOrder);
        for (Table t : dropOrder) {
            t.foreignKeys().forEach(fk -> dropFks.add("alter table " + qualified(t) + " drop foreign key "
                    + quote(foreignKeyName(t.name(), fk))));
            dropTables.add("drop table " + qualified(t));
        }

        // columns whose whole definition is restated, in the order their first change names them
        Map<String, Restated> restated = new LinkedHashMap<>();
        List<String> addedAnchors = new ArrayList<>();
        for (Change c : changes) {
            TableRef ref = c.table();
            Table goal = ref == null ? null : diff.modelTable(ref).orElse(null);
            Table start = ref == null ? null : diff.databaseTable(ref).orElse(null);
            if (c instanceof Change.AddColumn a) {
                columns.addAll(notedWhereNoValue(addColumn(ref, goal, start, a.column(), addedAnchors), goal,
                        start, a.column()));
                List<String> partners = dev.migrations.core.dialect.RowNumbering.partners(goal, start, a.column());
                if (!partners.isEmpty()) {
                    columns.addAll(numberRows(ref, a.column(), partners));
                }
            } else if (c instanceof Change.DropColumn d) {
                dropColumns.add("alter table " + qualified(ref) + " drop column " + quote(d.column().name()));
            } else if (c instanceof Change.AlterColumnType a) {
                restate(restated, ref, goal, a.to().name());
            } else if (c instanceof Change.AlterColumnNullability a) {
                restate(restated, ref, goal, a.to().name());
            } else if (c instanceof Change.AlterColumnDefault a) {
                restate(restated, ref, goal, a.to().name());
            } else if (c instanceof Change.AlterColumnComment a) {
                restate(restated, ref, goal, a.to().name());
            } else if (c instanceof Change.AlterTableComment a) {
                columns.add("alter table " + qualified(ref) + " comment = " + text(a.to() == null ? "" : a.to()));
            } else if (c instanceof Change.AddPrimaryKey a) {
                // a key replaced in one statement: an auto_increment column must never be left without a key
                boolean replaced = changes.stream().anyMatch(x -> x instanceof Change.DropPrimaryKey
                        && x.table().equals(ref));
                addConstraints.add("alter table " + qualified(ref) + (replaced ? " drop primary key," : "")
                        + " add primary key " + columnList(a.primaryKey().columns()));
            } else if (c instanceof Change.DropPrimaryKey) {
                if (changes.stream().noneMatch(x -> x instanceof Change.AddPrimaryKey && x.table().equals(ref))) {
                    if (start != null && start.primaryKey() != null) {
                        dropConstraints.addAll(keepForeignKeyIndex(ref, start, goal, start.primaryKey().columns(),
                                changes));
                    }
                    dropConstraints.add("alter table " + qualified(ref) + " drop primary key");
                }
            } else if (c instanceof Change.AddUniqueConstraint a) {
                addConstraints.add("alter table " + qualified(ref) + " add " + uniqueClause(named(ref),
                        a.constraint()));
            } else if (c instanceof Change.DropUniqueConstraint d) {
                dropConstraints.addAll(keepForeignKeyIndex(ref, start, goal, d.constraint().columns(), changes));
                dropConstraints.add("alter table " + qualified(ref) + " drop index "
                        + quote(uniqueName(ref.name(), d.constraint())));
            } else if (c instanceof Change.AddIndex a) {
                addConstraints.add(createIndex(ref, a.index()));
            } else if (c instanceof Change.DropIndex d) {
                dropConstraints.addAll(keepForeignKeyIndex(ref, start, goal,
                        d.index().columns().stream().map(IndexColumn::name).toList(), changes));
                dropConstraints.add(dropIndex(ref, d.index()));
            } else if (c instanceof Change.AddForeignKey a) {
                addFks.add(addForeignKey(ref, a.foreignKey()));
            } else if (c instanceof Change.DropForeignKey d) {
                dropFks.addAll(dropForeignKey(ref, d.foreignKey()));
            } else if (c instanceof Change.AddCheck a) {
                if (becomesEnum(goal, a.check())) {
                    String column = ((CheckCondition.InValues) a.check().condition()).column();
                    if (start != null && hasColumn(start, column)) {
                        restate(restated, ref, goal, column);
                    }
                } else {
                    addConstraints.add("alter table " + qualified(ref) + " add " + checkClause(goal != null ? goal
                            : named(ref), a.check()));
                }
            } else if (c instanceof Change.DropCheck d) {
                if (becomesEnum(start, d.check())) {
                    String column = ((CheckCondition.InValues) d.check().condition()).column();
                    if (goal != null && hasColumn(goal, column)) {
                        restate(restated, ref, goal, column);
                    }
                } else {
                    dropConstraints.add("alter table " + qualified(ref) + " drop constraint "
                            + quote(checkName(ref.name(), d.check())));
                }
            } else if (c instanceof Change.AddSequence a) {
                sequences.add("create sequence " + sequenceName(a.sequence()) + " start with " + a.sequence().start()
                        + " increment by " + a.sequence().increment());
            } else if (c instanceof Change.DropSequence d) {
                sequences.add("drop sequence " + sequenceName(d.sequence()));
            } else if (c instanceof Change.AlterSequence a) {
                sequences.add("alter sequence " + sequenceName(a.to()) + " increment by " + a.to().increment());
            } else if (!(c instanceof Change.AddTable || c instanceof Change.DropTable)) {
                throw unsupported(c);
            }
        }
        for (Restated r : restated.values()) {
            columns.add("alter table " + qualified(r.table()) + " modify column " + columnDefinition(r.goal(),
                    r.column()));
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

    /** A column to restate with its goal definition. */
    private record Restated(TableRef table, Table goal, Column column) {
    }

    private static void restate(Map<String, Restated> restated, TableRef ref, Table goal, String column) {
        if (goal == null) {
            return;
        }
        goal.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst().ifPresent(c ->
                restated.putIfAbsent(ref.toString().toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT),
                        new Restated(ref, goal, c)));
    }

    private static boolean hasColumn(Table table, String column) {
        return table.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(column));
    }

    /**
     * {@code create schema if not exists} (a database, in MariaDB's terms) for every schema an added table or
     * sequence names. A downgrade leaves it: it may hold what the model does not know.
     */
    private List<String> createSchemas(List<Change> changes) {
        Set<String> schemas = new TreeSet<>();
        for (Change c : changes) {
            if (c instanceof Change.AddTable a && a.definition().schema() != null) {
                schemas.add(a.definition().schema());
            } else if (c instanceof Change.AddSequence a && a.sequence().schema() != null) {
                schemas.add(a.sequence().schema());
            }
        }
        return schemas.stream().map(s -> "create schema if not exists " + quote(s)).toList();
    }

    private static Table named(TableRef ref) {
        return new Table(ref.schema(), ref.name(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                null);
    }

    private String createTable(Table t) {
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(columnDefinition(t, c)));
        if (t.primaryKey() != null) {
            parts.add("primary key " + columnList(t.primaryKey().columns()));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            parts.add(uniqueClause(t, u));
        }
        for (CheckConstraint c : t.checks()) {
            if (!becomesEnum(t, c)) {
                parts.add(checkClause(t, c));
            }
        }
        return "create table " + qualified(t) + " (" + String.join(", ", parts) + ")"
                + (t.comment() == null ? "" : " comment " + text(t.comment()));
    }

    /**
     * {@code ADD COLUMN} at the column's place in the goal table ({@code first} or {@code after x}), so that a
     * downgrade puts a dropped column back where it was. A NOT NULL column without a default is added with a
     * filler default for the existing rows, which is then dropped.
     */
    private List<String> addColumn(TableRef ref, Table goal, Table start, Column c, List<String> addedBefore) {
        String position = position(goal, start, c, addedBefore);
        String prefix = "alter table " + qualified(ref) + " add column ";
        if (c.nullable() || c.defaultValue() != null || c.identity() || c.columnDefinition() != null) {
            return List.of(prefix + columnDefinition(goal, c) + position);
        }
        List<String> values = enumValues(goal, c);
        Column filled = c.withDefaultValue(values == null ? filler(c) : text(values.get(0)));
        return List.of(prefix + columnDefinition(goal, filled) + position,
                "alter table " + qualified(ref) + " alter column " + quote(c.name()) + " drop default");
    }

    private String position(Table goal, Table start, Column c, List<String> addedBefore) {
        String key = (goal == null ? "" : goal.name().toLowerCase(Locale.ROOT)) + ".";
        List<Column> wanted = goal == null ? List.of(c) : goal.columns();
        String anchor = null;
        boolean first = true;
        for (Column w : wanted) {
            if (w.name().equalsIgnoreCase(c.name())) {
                break;
            }
            first = false;
            boolean present = (start != null && hasColumn(start, w.name()))
                    || addedBefore.contains(key + w.name().toLowerCase(Locale.ROOT));
            if (present) {
                anchor = w.name();
            }
        }
        addedBefore.add(key + c.name().toLowerCase(Locale.ROOT));
        if (anchor != null) {
            return " after " + quote(anchor);
        }
        return first && start != null && !start.columns().isEmpty() ? " first" : "";
    }

    private String addForeignKey(TableRef ref, ForeignKey fk) {
        return "alter table " + qualified(ref) + " add " + foreignKeyClause(named(ref), fk);
    }

    /**
     * Drops a foreign key and, on MariaDB, the index InnoDB created for it if no other index served (it carries
     * the key's name); left behind it would read as an index the model does not have.
     */
    private List<String> dropForeignKey(TableRef ref, ForeignKey fk) {
        String name = quote(foreignKeyName(ref.name(), fk));
        List<String> out = new ArrayList<>(List.of("alter table " + qualified(ref) + " drop foreign key " + name));
        if (flavor == MariaDbFlavor.MARIADB) {
            out.add("alter table " + qualified(ref) + " drop index if exists " + name);
        }
        return out;
    }

    /**
     * InnoDB needs an index that starts with a foreign key's columns for as long as the key exists, and drops the
     * index it made for the key when a primary key, unique constraint or index that starts with the same columns is
     * added. Such a key or index cannot be dropped while the foreign key stays: before it is, the key gets its index back, named as
     * InnoDB names it (after the constraint), so the reader keeps treating it as the key's own.
     *
     * @param dropped the columns of the primary key, unique constraint or index being dropped
     */
    private List<String> keepForeignKeyIndex(TableRef ref, Table start, Table goal, List<String> dropped,
                                             List<Change> changes) {
        if (start == null || goal == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (ForeignKey fk : start.foreignKeys()) {
            boolean stays = goal.foreignKeys().stream().anyMatch(g -> lower(g.columns()).equals(lower(fk.columns())));
            if (!stays || !startsWith(dropped, fk.columns()) || otherIndexServes(ref, start, dropped, fk, changes)) {
                continue;
            }
            String name = foreignKeyName(ref.name(), fk);
            out.add("alter table " + qualified(ref) + " add index " + quote(name) + " " + columnList(fk.columns()));
        }
        return out;
    }

    /** Whether an index that stays (the primary key, a unique constraint or an index) starts with the key's columns. */
    private static boolean otherIndexServes(TableRef ref, Table start, List<String> dropped, ForeignKey fk,
                                            List<Change> changes) {
        List<List<String>> staying = new ArrayList<>();
        if (start.primaryKey() != null && changes.stream().noneMatch(c -> c instanceof Change.DropPrimaryKey
                && c.table().equals(ref))) {
            staying.add(start.primaryKey().columns());
        }
        for (dev.migrations.model.UniqueConstraint u : start.uniqueConstraints()) {
            if (changes.stream().noneMatch(c -> c instanceof Change.DropUniqueConstraint d && c.table().equals(ref)
                    && lower(d.constraint().columns()).equals(lower(u.columns())))) {
                staying.add(u.columns());
            }
        }
        for (Index i : start.indexes()) {
            if (changes.stream().noneMatch(c -> c instanceof Change.DropIndex d && c.table().equals(ref)
                    && d.index().name().equalsIgnoreCase(i.name()))) {
                staying.add(i.columns().stream().map(IndexColumn::name).toList());
            }
        }
        return staying.stream().filter(cols -> !lower(cols).equals(lower(dropped)))
                .anyMatch(cols -> startsWith(cols, fk.columns()));
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && lower(columns.subList(0, prefix.size())).equals(lower(prefix));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Override
    protected String dropIndex(TableRef table, Index index) {
        return "drop index " + quote(index.name()) + " on " + qualified(table);
    }

    /**
     * A MariaDB sequence is a table: {@code rename table} renames it and it goes on from its value. MariaDB
     * discards the values the sequence had cached, so the next one may jump ahead (by at most its cache size times
     * its increment); none is handed out twice. MySQL has no sequences (they are one-row tables, renamed as tables).
     */
    @Override
    protected List<String> renameSequence(Sequence from, Sequence to) {
        return List.of("rename table " + sequenceName(from) + " to " + sequenceName(to));
    }

    private String sequenceName(Sequence s) {
        return s.schema() == null ? quote(s.name()) : quote(s.schema()) + "." + quote(s.name());
    }

    /**
     * Numbers the rows 0..n-1 within each group of {@code partners}: rows have no key yet and an UPDATE cannot
     * read a window function of its own table, so a single-table UPDATE walks them in group order, counting in
     * session variables (its assignments run left to right, row by row).
     */
    private List<String> numberRows(TableRef ref, Column c, List<String> partners) {
        List<String> quoted = partners.stream().map(this::quote).toList();
        String group = "concat_ws(0x1f, " + String.join(", ", quoted) + ")";
        String first = quoted.get(0);
        return List.of("set @migrations_group = null, @migrations_n = -1",
                "update " + qualified(ref) + " set " + quote(c.name()) + " = (@migrations_n := if(@migrations_group "
                        + "<=> " + group + ", @migrations_n + 1, 0)), " + first + " = if((@migrations_group := "
                        + group + ") is null, " + first + ", " + first + ") order by " + String.join(", ", quoted));
    }

    @Override
    protected String asText(String expression) {
        return "cast(" + expression + " as char)";
    }

    @Override
    protected String notWholeNumber(String column) {
        return column + " not regexp '^-?[0-9]+$'";
    }
}
