package dev.migrations.core.database.generic;

import dev.migrations.core.dialect.BaseDialect;
import dev.migrations.core.dialect.LoweredSchema;
import dev.migrations.core.dialect.ReservedWords;
import dev.migrations.core.dialect.TableOrder;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.diff.TableRef;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Standard SQL for a database without a dialect of its own. It writes what the standard spells one way and the
 * proven databases (HSQLDB, Apache Derby) accept: {@code create}/{@code drop table}, {@code add}/{@code drop column},
 * {@code create}/{@code drop index}, named primary-key, unique, check and foreign-key constraints added and dropped
 * with {@code alter table}, {@code alter column … set}/{@code drop not null} and {@code … set}/{@code drop default},
 * and sequences. It refuses ({@code DIFF-004}) what has no portable spelling: a change of a column's type or of
 * its identity, and comments.
 *
 * <p>Types are the standard's names ({@code integer}, {@code varchar(n)}, {@code numeric(p,s)}, {@code timestamp},
 * {@code boolean}, {@code clob}, {@code blob}); a kind the standard lacks takes the nearest standard type that
 * reads back as itself ({@code tinyint} is {@code smallint}, a UUID is {@code char(36)}). Lengths of large
 * objects and fractional-second precisions are left to the database, because the databases disagree on them and
 * on whether they can be set at all.
 *
 * <pre>{@code
 * Dialect ansi = new GenericDialect(ProductTraits.of("HSQLDB"));
 * ansi.renderType(Column.of("price", ColumnType.decimal(10, 2), true, null));   // numeric(10,2)
 * }</pre>
 */
public final class GenericDialect extends BaseDialect {

    /** Reserved in SQL:2016 and in the proven databases, beyond the words every dialect quotes. */
    private static final Set<String> RESERVED = union(ReservedWords.COMMON, """
            absolute action add asymmetric at bigint binary blob boolean call called char character clob close
            collate commit connect connection continue corresponding current cursor date day dec decimal declare
            deferrable deferred describe double dynamic each element escape every exec execute external float
            function get global go goto hour identity immediate inout input insensitive int integer intersect
            language large last level local localtime localtimestamp lower match max min minute module month
            national nchar nclob new no nullif numeric of old only open option output overlaps precision prepare
            procedure public read real release restrict result return revoke rollback savepoint schema scroll
            second section sensitive similar size smallint space sql sqlstate start static substring sum symmetric
            system system_user time timestamp transaction translate trigger trim upper varchar varying view year
            zone""");

    private final ProductTraits traits;

    public GenericDialect(ProductTraits traits) {
        this.traits = traits;
    }

    @Override
    public String name() {
        return "generic (" + traits.name() + ")";
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    /** The standard folds unquoted names (to upper case); the proven databases do. */
    @Override
    public boolean foldsCase() {
        return true;
    }

    /** The standard has no comment statement: comments are neither written nor compared. */
    @Override
    public boolean supportsComments() {
        return false;
    }

    /** Not known without a connection: the runner asks the driver ({@code Database.transactionalDdl(Connection)}). */
    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public boolean detectsIdentity() {
        return true;
    }

    /**
     * Native sequences; on a database that builds every index ascending (HSQLDB accepts {@code desc} and ignores
     * it), descending index columns are ascending, as the database holds them.
     */
    @Override
    public LoweredSchema lower(Schema model) {
        LoweredSchema lowered = lowerTables(model, false);
        if (traits.descendingIndexes()) {
            return lowered;
        }
        List<Table> tables = lowered.schema().tables().stream().map(GenericDialect::ascendingIndexes).toList();
        return new LoweredSchema(new Schema(tables, lowered.schema().sequences(), lowered.schema().generatorTables()),
                lowered.initialRows());
    }

    private static Table ascendingIndexes(Table t) {
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.columns().stream()
                .map(c -> new IndexColumn(c.name(), false)).toList(), i.unique(), i.origin())).toList();
        return new Table(t.schema(), t.name(), t.comment(), t.columns(), t.primaryKey(), t.uniqueConstraints(),
                indexes, t.foreignKeys(), t.checks(), t.origin(), t.renamedFrom());
    }

    @Override
    public String renderType(Column column) {
        if (column.columnDefinition() != null) {
            return column.columnDefinition();
        }
        ColumnType t = column.type();
        return switch (t.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case FLOAT -> traits.singlePrecision() ? "real" : "double precision";
            case DOUBLE -> "double precision";
            case DECIMAL -> t.precision() == null ? "numeric"
                    : "numeric(" + t.precision() + "," + (t.scale() == null ? 0 : t.scale()) + ")";
            case CHAR -> "char(" + (t.length() == null ? 1 : t.length()) + ")";
            case VARCHAR -> "varchar(" + (t.length() == null ? 255 : t.length()) + ")";
            case CLOB -> "clob";
            case BINARY -> binary("binary", "char", t.length() == null ? 1 : t.length());
            case VARBINARY -> binary("varbinary", "varchar", t.length() == null ? 255 : t.length());
            case BLOB -> "blob";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMP_TZ -> "timestamp with time zone";
            case UUID -> "char(36)";
            // the reader gives every type without a logical kind its column definition; a model never has one
            case OTHER -> "other";
        };
    }

    private String binary(String standard, String bitData, int length) {
        return traits.binaryForBitData() ? bitData + "(" + length + ") for bit data" : standard + "(" + length + ")";
    }

    @Override
    protected String identityClause() {
        return " generated by default as identity";
    }

    /**
     * Phases, as every database accepts them: foreign keys and other constraints are dropped first, then tables;
     * sequences; tables are created without foreign keys (so cycles need nothing special), columns change,
     * constraints and indexes are added, and every foreign key is added last.
     *
     * @throws dev.migrations.core.api.AutogenerateException ({@code DIFF-004}) for a change without a portable
     *                                                       spelling
     */
    @Override
    public List<String> render(SchemaDiff diff) {
        Phases out = new Phases();
        List<Table> added = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        for (Change c : diff.changes()) {
            if (c instanceof Change.AddTable a) {
                added.add(a.definition());
            } else if (c instanceof Change.DropTable d) {
                dropped.add(d.definition());
            }
        }
        for (Table t : TableOrder.of(added).tables()) {
            Change.AddTable a = (Change.AddTable) diff.changes().stream()
                    .filter(c -> c instanceof Change.AddTable x && x.definition() == t).findFirst().orElseThrow();
            out.createTables.add(createTable(t));
            out.createTables.addAll(insertRows(t, a.initialRows()));
            t.indexes().forEach(i -> out.addConstraints.add(createIndex(TableRef.of(t), i)));
            t.foreignKeys().forEach(fk -> out.addForeignKeys.add(addForeignKey(TableRef.of(t), fk)));
        }
        List<Table> dropOrder = new ArrayList<>(TableOrder.of(dropped).tables());
        java.util.Collections.reverse(dropOrder);
        for (Table t : dropOrder) {
            t.foreignKeys().forEach(fk -> out.dropForeignKeys.add(
                    dropConstraint(TableRef.of(t), foreignKeyName(t.name(), fk))));
            out.dropTables.add("drop table " + qualified(t));
        }
        for (Change c : diff.changes()) {
            if (!(c instanceof Change.AddTable || c instanceof Change.DropTable)) {
                renderChange(c, out, diff);
            }
        }
        return out.inOrder();
    }

    private void renderChange(Change c, Phases out, SchemaDiff diff) {
        TableRef ref = c.table();
        if (c instanceof Change.AddColumn a) {
            out.columns.addAll(notedWhereNoValue(addColumn(ref, a.column()), diff.modelTable(ref).orElse(null),
                    diff.databaseTable(ref).orElse(null), a.column()));
        } else if (c instanceof Change.DropColumn d) {
            out.dropColumns.add("alter table " + qualified(ref) + " drop column " + quote(d.column().name()));
        } else if (c instanceof Change.AlterColumnNullability a) {
            out.columns.add(alterColumn(ref, a.to()) + (a.to().nullable() ? " drop not null" : " set not null"));
        } else if (c instanceof Change.AlterColumnDefault a) {
            out.columns.add(alterColumn(ref, a.to()) + (a.to().defaultValue() == null ? " drop default"
                    : " set default " + a.to().defaultValue()));
        } else if (c instanceof Change.AddPrimaryKey a) {
            out.addConstraints.add("alter table " + qualified(ref) + " add " + primaryKeyClause(null, a.primaryKey()));
        } else if (c instanceof Change.DropPrimaryKey d) {
            out.dropConstraints.add(dropPrimaryKey(ref, d.primaryKey()));
        } else if (c instanceof Change.AddUniqueConstraint a) {
            out.addConstraints.add("alter table " + qualified(ref) + " add " + uniqueClause(named(ref), a.constraint()));
        } else if (c instanceof Change.DropUniqueConstraint d) {
            out.dropConstraints.add(dropConstraint(ref, uniqueName(ref.name(), d.constraint())));
        } else if (c instanceof Change.AddIndex a) {
            out.addConstraints.add(createIndex(ref, a.index()));
        } else if (c instanceof Change.DropIndex d) {
            out.dropConstraints.add(dropIndex(ref, d.index()));
        } else if (c instanceof Change.AddForeignKey a) {
            out.addForeignKeys.add(addForeignKey(ref, a.foreignKey()));
        } else if (c instanceof Change.DropForeignKey d) {
            out.dropForeignKeys.add(dropConstraint(ref, foreignKeyName(ref.name(), d.foreignKey())));
        } else if (c instanceof Change.AddCheck a) {
            out.addConstraints.add("alter table " + qualified(ref) + " add " + checkClause(named(ref), a.check()));
        } else if (c instanceof Change.DropCheck d) {
            out.dropConstraints.add(dropConstraint(ref, checkName(ref.name(), d.check())));
        } else if (c instanceof Change.AddSequence a) {
            out.sequences.add("create sequence " + sequenceName(a.sequence()) + " start with " + a.sequence().start()
                    + " increment by " + a.sequence().increment());
        } else if (c instanceof Change.DropSequence d) {
            out.sequences.add("drop sequence " + sequenceName(d.sequence()) + " restrict");
        } else if (c instanceof Change.AlterSequence a) {
            out.sequences.add("alter sequence " + sequenceName(a.to()) + " increment by " + a.to().increment());
        } else {
            // a type or identity change (databases spell it differently or not at all), comments
            throw unsupported(c);
        }
    }

    /** Statements by phase; {@link #inOrder()} lists them in the order every database accepts. */
    private static final class Phases {
        final List<String> dropForeignKeys = new ArrayList<>();
        final List<String> dropConstraints = new ArrayList<>();
        final List<String> dropTables = new ArrayList<>();
        final List<String> sequences = new ArrayList<>();
        final List<String> createTables = new ArrayList<>();
        final List<String> columns = new ArrayList<>();
        final List<String> dropColumns = new ArrayList<>();
        final List<String> addConstraints = new ArrayList<>();
        final List<String> addForeignKeys = new ArrayList<>();

        List<String> inOrder() {
            List<String> all = new ArrayList<>();
            for (List<String> phase : List.of(dropForeignKeys, dropConstraints, dropTables, sequences, createTables,
                    columns, dropColumns, addConstraints, addForeignKeys)) {
                all.addAll(phase);
            }
            return all;
        }
    }

    private static Table named(TableRef ref) {
        return new Table(ref.schema(), ref.name(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                null);
    }

    private String createTable(Table t) {
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
        return "create table " + qualified(t) + " (" + String.join(", ", parts) + ")";
    }

    /**
     * A column that existing rows cannot leave empty (NOT NULL without a default) is added with a filler default,
     * which is dropped again right after, so the table ends as the model says.
     */
    private List<String> addColumn(TableRef ref, Column c) {
        if (c.nullable() || c.defaultValue() != null || c.identity() || c.columnDefinition() != null) {
            return List.of("alter table " + qualified(ref) + " add column " + columnDefinition(c));
        }
        return List.of("alter table " + qualified(ref) + " add column " + quote(c.name()) + " " + renderType(c)
                        + " default " + filler(c) + " not null",
                alterColumn(ref, c) + " drop default");
    }

    /**
     * A key the database named is dropped by that name; one without a name (the model's, when a downgrade undoes
     * an added key) with {@code drop primary key}, which HSQLDB and Derby accept.
     */
    private String dropPrimaryKey(TableRef ref, PrimaryKey pk) {
        return pk.name() != null ? dropConstraint(ref, pk.name())
                : "alter table " + qualified(ref) + " drop primary key";
    }

    private String alterColumn(TableRef ref, Column c) {
        return "alter table " + qualified(ref) + " alter column " + quote(c.name());
    }

    private String addForeignKey(TableRef ref, ForeignKey fk) {
        return "alter table " + qualified(ref) + " add " + foreignKeyClause(named(ref), fk);
    }

    private String dropConstraint(TableRef ref, String name) {
        return "alter table " + qualified(ref) + " drop constraint " + quote(name);
    }

    private String sequenceName(Sequence s) {
        return s.schema() == null ? quote(s.name()) : quote(s.schema()) + "." + quote(s.name());
    }

    private static Set<String> union(Set<String> common, String more) {
        Set<String> all = new TreeSet<>(common);
        all.addAll(Arrays.asList(more.strip().split("\\s+")));
        return Set.copyOf(all);
    }
}
