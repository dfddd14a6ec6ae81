package dev.migrations.core.database.sqlite;

import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.dialect.BaseDialect;
import dev.migrations.core.dialect.LoweredSchema;
import dev.migrations.core.dialect.ReservedWords;
import dev.migrations.core.dialect.TableOrder;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.CheckText;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.diff.TableRef;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * SQLite: {@code ALTER TABLE} where SQLite has it (add a nullable or defaulted column, drop a plain column,
 * indexes), and the table rebuild of SQLite's documented 12-step procedure for every other change. Foreign keys
 * and unique constraints are declared inline in {@code CREATE TABLE}; sequences are one-row tables.
 *
 * <p>A plan that rebuilds a table other rows may reference (or drops tables that reference each other) turns
 * foreign key enforcement off first and on again last; every plan with a rebuild fails if any foreign key is
 * violated at the end. {@code PRAGMA foreign_keys} is ignored inside a transaction,
 * so a runner executes the first statement before it begins the transaction and the last after it commits (see
 * {@link SqliteDatabase#outsideTransaction}).
 *
 * <pre>{@code
 * MigrationPlan plan = new MigrationPlanner(new SqliteDialect()).plan(diff);
 * }</pre>
 */
public final class SqliteDialect extends BaseDialect {

    /** Statement that turns foreign key enforcement off; only effective outside a transaction. */
    public static final String FOREIGN_KEYS_OFF = "PRAGMA foreign_keys = OFF";
    /** Statement that turns foreign key enforcement back on. */
    public static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys = ON";
    /** Prefix of the temporary table a rebuild copies into. */
    static final String REBUILD_PREFIX = "migrations_new_";

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    protected Set<String> reservedWords() {
        return ReservedWords.SQLITE;
    }

    @Override
    public boolean foldsCase() {
        return true;
    }

    @Override
    public boolean supportsComments() {
        return false;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean detectsIdentity() {
        return false;
    }

    @Override
    public boolean isImplicitIndex(Index index) {
        return index.name().toLowerCase(Locale.ROOT).startsWith("sqlite_autoindex_");
    }

    @Override
    public LoweredSchema lower(Schema model) {
        return lowerTables(model, true);
    }

    /** SQLite has no sequences: a sequence is a one-row table here, renamed as a table. */
    @Override
    protected List<String> renameSequence(Sequence from, Sequence to) {
        throw unsupported(new Change.RenameSequence(from, to));
    }

    /**
     * A SQLite file has one schema, {@code main}: {@code audit.events} names a table of a database attached as
     * {@code audit}, which a migration cannot create and the application would not find without its own
     * {@code ATTACH}. Such tables are refused before anything is written.
     */
    @Override
    public void requireCreatable(Schema goal) {
        List<String> qualified = goal.tables().stream()
                .filter(t -> t.schema() != null && !t.schema().equalsIgnoreCase("main"))
                .map(t -> t.schema() + "." + t.name()).sorted().toList();
        if (!qualified.isEmpty()) {
            throw new AutogenerateException("DIFF-003", "SQLite cannot hold the table" + (qualified.size() > 1 ? "s " : " ")
                    + qualified.stream().map(q -> "'" + q + "'").collect(Collectors.joining(", "))
                    + ": a SQLite database file has no schemas, and a qualified name means an attached database. "
                    + "Remove the schema from the entity's mapping (@Table(schema = …), @SequenceGenerator(schema = "
                    + "…), @TableGenerator(schema = …) or orm.xml), or keep these tables out of autogenerate with "
                    + Advice.setting("exclude") + " and create them in a database you ATTACH "
                    + "yourself on every connection.");
        }
    }

    /**
     * Hibernate's SQLite spelling: booleans, integers and dates keep their names, UUIDs and all binary kinds are
     * {@code blob}. An identity column is {@code integer} so that, as the primary key, it is the rowid alias
     * SQLite generates values for.
     */
    @Override
    public String renderType(Column column) {
        if (column.columnDefinition() != null) {
            return column.columnDefinition();
        }
        if (column.identity()) {
            return "integer";
        }
        ColumnType t = column.type();
        return switch (t.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            // One spelling for both, as Hibernate writes it: SQLite stores every float as an 8-byte REAL, and a
            // database Hibernate created (float, read back as double) then compares equal to the model.
            case FLOAT, DOUBLE -> "float";
            case DECIMAL -> t.precision() == null ? "numeric"
                    : "numeric(" + t.precision() + "," + (t.scale() == null ? 0 : t.scale()) + ")";
            case CHAR -> "char(" + (t.length() == null ? 1 : t.length()) + ")";
            case VARCHAR -> "varchar(" + (t.length() == null ? 255 : t.length()) + ")";
            case CLOB -> "clob";
            case BINARY, VARBINARY, BLOB, UUID -> "blob";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP, TIMESTAMP_TZ -> "timestamp";
            case OTHER -> "other";
        };
    }

    @Override
    protected String identityClause() {
        return "";
    }

    /** SQLite's {@code length} counts the characters of a text value. */
    @Override
    protected String lengthFunction() {
        return "length";
    }

    @Override
    protected String filler(Column c) {
        return switch (c.type().kind()) {
            case BOOLEAN -> "0";
            case UUID -> "X'00000000000000000000000000000000'";
            default -> super.filler(c);
        };
    }

    /**
     * New tables first (foreign keys inline, forward references allowed), then each changed table by plain
     * {@code ALTER TABLE} or by one rebuild, then dropped tables, referencing tables first.
     */
    @Override
    public List<String> render(SchemaDiff diff) {
        RenameSplit split = splitRenames(diff);
        return render(split.rest(), renames(split.leading()), renames(split.trailing()));
    }

    /**
     * The plan of a diff without renames, with the statements of its renames first and last, inside the foreign key
     * guards. {@code ALTER TABLE … RENAME} (SQLite 3.25+) rewrites the indexes, triggers, views and the foreign keys
     * of other tables that name the renamed table or column, unless {@code PRAGMA legacy_alter_table} is on.
     */
    private List<String> render(SchemaDiff diff, List<String> renamesFirst, List<String> renamesLast) {
        List<Table> added = new ArrayList<>();
        List<Change.AddTable> addChanges = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        Map<String, List<Change.TableChange>> byTable = new TreeMap<>();
        Map<String, TableRef> refs = new LinkedHashMap<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.AddTable a) {
                added.add(a.definition());
                addChanges.add(a);
            } else if (c instanceof Change.DropTable d) {
                dropped.add(d.definition());
            } else if (c instanceof Change.TableChange tc) {
                String key = tc.table().name().toLowerCase(Locale.ROOT);
                byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(tc);
                refs.putIfAbsent(key, tc.table());
            } else {
                throw unsupported(c);
            }
        }
        List<String> body = new ArrayList<>(renamesFirst);
        List<String> rebuilt = new ArrayList<>();
        for (Table t : TableOrder.of(added).tables()) {
            body.add(createTable(t, t.name()));
            t.indexes().forEach(i -> body.add(createIndex(TableRef.of(t), i)));
            addChanges.stream().filter(a -> a.definition() == t).findFirst()
                    .ifPresent(a -> body.addAll(insertRows(t, a.initialRows())));
        }
        for (Map.Entry<String, List<Change.TableChange>> e : byTable.entrySet()) {
            TableRef ref = refs.get(e.getKey());
            Table before = diff.databaseTable(ref).orElseThrow(() -> missing(ref, "database"));
            Table after = diff.modelTable(ref).orElseThrow(() -> missing(ref, "model"));
            List<String> simple = alterInPlace(before, e.getValue());
            if (simple != null) {
                body.addAll(simple);
            } else {
                body.addAll(rebuild(before, after));
                rebuilt.add(before.name());
            }
        }
        TableOrder dropOrder = TableOrder.of(dropped);
        List<Table> referencingFirst = new ArrayList<>(dropOrder.tables());
        java.util.Collections.reverse(referencingFirst);
        referencingFirst.forEach(t -> body.add("drop table " + qualified(t)));
        body.addAll(renamesLast);

        boolean enforcementOff = !dropOrder.deferred().isEmpty() || rebuilt.stream().anyMatch(t -> referenced(diff, t));
        List<String> out = new ArrayList<>();
        if (enforcementOff) {
            out.add(FOREIGN_KEYS_OFF);
            out.addAll(foreignKeysOffGuard());
        }
        out.addAll(body);
        if (enforcementOff || !rebuilt.isEmpty()) {
            out.addAll(foreignKeyCheck());
        }
        if (enforcementOff) {
            out.add(FOREIGN_KEYS_ON);
        }
        return out;
    }

    /**
     * Whether rows elsewhere (or in the table itself) may point at the table, through a foreign key the database
     * has or one that an earlier step of this plan creates: dropping it for a rebuild would then fail, or cascade,
     * unless enforcement is off. Tables that only reference others rebuild safely with enforcement on, inside a
     * transaction.
     */
    private static boolean referenced(SchemaDiff diff, String table) {
        return java.util.stream.Stream.concat(diff.database().tables().stream(), diff.model().tables().stream())
                .flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> fk.referencedTable().equalsIgnoreCase(table));
    }

    private static IllegalStateException missing(TableRef ref, String side) {
        return new IllegalStateException("table '" + ref + "' is changed but the " + side + " schema lacks it");
    }

    /**
     * Fails the script before it changes anything when enforcement is still on, which is what happens when a runner
     * sends {@link #FOREIGN_KEYS_OFF} inside its transaction: dropping a table for a rebuild would then run its
     * {@code on delete cascade} actions and delete the referencing rows.
     */
    private List<String> foreignKeysOffGuard() {
        return List.of(
                commented("Stop here, before any change, if foreign key enforcement is still on: dropping a table "
                        + "for a rebuild would run its ON DELETE actions",
                        "create temp table migrations_foreign_keys_off (foreign_keys integer check (foreign_keys = 0))"),
                "insert into migrations_foreign_keys_off select foreign_keys from pragma_foreign_keys",
                "drop table temp.migrations_foreign_keys_off");
    }

    /** Fails the script (a CHECK violation) when any foreign key is broken; the PRAGMA alone only returns rows. */
    private List<String> foreignKeyCheck() {
        return List.of(
                commented("Fail (and roll back) if any row now points at a row that does not exist",
                        "create temp table migrations_fk_check (violations integer check (violations = 0))"),
                "insert into migrations_fk_check select count(*) from pragma_foreign_key_check",
                "drop table temp.migrations_fk_check");
    }

    /** The statements when SQLite can apply every change in place, or {@code null} when a rebuild is needed. */
    private List<String> alterInPlace(Table before, List<Change.TableChange> changes) {
        List<String> dropIndexes = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        List<String> createIndexes = new ArrayList<>();
        List<String> indexDroppedColumns = new ArrayList<>();
        for (Change.TableChange c : changes) {
            if (c instanceof Change.DropIndex d) {
                dropIndexes.add(dropIndex(c.table(), d.index()));
                d.index().columns().forEach(ic -> indexDroppedColumns.add(ic.name().toLowerCase(Locale.ROOT)));
            }
        }
        for (Change.TableChange c : changes) {
            TableRef ref = c.table();
            if (c instanceof Change.AddColumn a && canAddInPlace(a.column())) {
                adds.add("alter table " + qualified(ref) + " add column " + columnDefinition(a.column()));
            } else if (c instanceof Change.DropColumn d && canDropInPlace(before, d.column(), indexDroppedColumns)) {
                drops.add("alter table " + qualified(ref) + " drop column " + quote(d.column().name()));
            } else if (c instanceof Change.AddIndex a) {
                createIndexes.add(createIndex(ref, a.index()));
            } else if (!(c instanceof Change.DropIndex)) {
                return null;
            }
        }
        List<String> out = new ArrayList<>(dropIndexes);
        out.addAll(adds);
        out.addAll(drops);
        out.addAll(createIndexes);
        return out;
    }

    private static boolean canAddInPlace(Column c) {
        if (c.identity() || c.columnDefinition() != null) {
            return false;
        }
        if (c.defaultValue() == null) {
            return c.nullable();
        }
        String d = c.defaultValue().strip().toLowerCase(Locale.ROOT);
        // SQLite refuses ADD COLUMN with a non-constant default.
        return !d.startsWith("(") && !d.startsWith("current_");
    }

    private static boolean canDropInPlace(Table before, Column c, List<String> indexDroppedColumns) {
        String name = c.name().toLowerCase(Locale.ROOT);
        if (before.primaryKey() != null && lower(before.primaryKey().columns()).contains(name)) {
            return false;
        }
        for (UniqueConstraint u : before.uniqueConstraints()) {
            if (lower(u.columns()).contains(name)) {
                return false;
            }
        }
        for (ForeignKey fk : before.foreignKeys()) {
            if (lower(fk.columns()).contains(name)) {
                return false;
            }
        }
        for (Index i : before.indexes()) {
            for (IndexColumn ic : i.columns()) {
                if (ic.name().equalsIgnoreCase(name) && !indexDroppedColumns.contains(name)) {
                    return false;
                }
            }
        }
        for (CheckConstraint ck : before.checks()) {
            if (CheckText.canonical(ck.condition()).contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * SQLite's procedure for changes ALTER TABLE cannot make: create the new definition under a temporary name,
     * copy the rows (casting columns whose type changed), drop the old table, rename the new one and create its
     * indexes. {@code legacy_alter_table} keeps the rename from re-checking views that name the table.
     */
    private List<String> rebuild(Table before, Table after) {
        String temp = REBUILD_PREFIX + after.name();
        TableRef tempRef = new TableRef(after.schema(), temp);
        List<String> out = new ArrayList<>();
        String table = after.name();
        out.add(commented("Rebuild " + table + " (SQLite cannot make this change with ALTER TABLE), step 1 of 4: "
                + "the new definition under a temporary name", "drop table if exists " + qualified(tempRef)));
        out.add(createTable(after, temp));
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Column c : after.columns()) {
            Column old = before.columns().stream().filter(o -> o.name().equalsIgnoreCase(c.name())).findFirst()
                    .orElse(null);
            if (old != null) {
                targets.add(quote(c.name()));
                boolean retyped = !renderType(old).equalsIgnoreCase(renderType(c));
                sources.add(retyped ? "cast(" + quote(old.name()) + " as " + renderType(c) + ")" : quote(old.name()));
            } else if (!c.nullable() && c.defaultValue() == null && !c.identity()) {
                targets.add(quote(c.name()));
                List<String> partners = dev.migrations.core.dialect.RowNumbering.partners(after, before, c);
                sources.add(partners.isEmpty() ? fillerIn(after, c) : "row_number() over (partition by " + String.join(", ",
                        partners.stream().map(this::quote).toList()) + " order by rowid) - 1");
            }
        }
        if (!targets.isEmpty()) {
            String copy = commented("Rebuild " + table + ", step 2 of 4: copy the rows", "insert into "
                    + qualified(tempRef) + " (" + String.join(", ", targets) + ") select " + String.join(", ", sources)
                    + " from " + qualified(before));
            for (Column c : after.columns()) {
                copy = notedWhereNoValue(List.of(copy), after, before, c).get(0);
            }
            out.add(copy);
        }
        out.add(commented("Rebuild " + table + ", step 3 of 4: drop the old table", "drop table "
                + qualified(before)));
        out.add(commented("Rebuild " + table + ", step 4 of 4: the new table takes the name, then the indexes",
                "PRAGMA legacy_alter_table = ON"));
        out.add("alter table " + qualified(tempRef) + " rename to " + quote(after.name()));
        out.add("PRAGMA legacy_alter_table = OFF");
        after.indexes().forEach(i -> out.add(createIndex(TableRef.of(after), i)));
        return out;
    }

    /** A statement with a one-line comment before it, for the reviewer; the runner sends the statement alone. */
    private static String commented(String comment, String sql) {
        return "-- " + comment + "\n" + sql;
    }

    /** {@code CREATE TABLE} with primary key, unique constraints, checks and foreign keys all inline. */
    private String createTable(Table t, String name) {
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (t.primaryKey() != null) {
            parts.add(primaryKeyClause(t, t.primaryKey()));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            parts.add(uniqueClause(t, u));
        }
        for (CheckConstraint c : t.checks()) {
            parts.add(checkClause(t, c));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            parts.add(foreignKeyClause(t, fk));
        }
        return "create table " + qualified(new TableRef(t.schema(), name)) + " (" + String.join(", ", parts) + ")";
    }

    /** SQLite keeps constraint names only as text; unnamed ones stay unnamed, as Hibernate leaves them. */
    @Override
    protected String uniqueClause(Table t, UniqueConstraint u) {
        return (u.name() == null ? "" : "constraint " + quote(u.name()) + " ") + "unique " + columnList(u.columns());
    }

    @Override
    protected String checkClause(Table t, CheckConstraint c) {
        return (c.name() == null ? "" : "constraint " + quote(c.name()) + " ") + "check (" + checkSql(t, c.condition())
                + ")";
    }

    @Override
    protected String foreignKeyClause(Table t, ForeignKey fk) {
        String named = super.foreignKeyClause(t, fk);
        if (fk.name() == null && named.startsWith("constraint ")) {
            return named.substring(named.indexOf("foreign key"));
        }
        return named;
    }

    @Override
    protected String asText(String expression) {
        return "cast(" + expression + " as text)";
    }

    /** SQLite has no regular expressions: a whole number is what leaves nothing after an optional minus sign and its digits. */
    @Override
    protected String notWholeNumber(String column) {
        return "(" + column + " = '' or trim(ltrim(" + column + ", '-'), '0123456789') <> '')";
    }
}
