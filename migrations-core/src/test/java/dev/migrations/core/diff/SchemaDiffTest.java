package dev.migrations.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.GeneratorTable;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private final Dialect h2 = new H2Dialect();
    private final Dialect sqlite = new SqliteDialect();

    private static Column col(String name, ColumnType type, boolean nullable) {
        return Column.of(name, type, nullable, null);
    }

    private static Table table(String name, List<Column> columns) {
        return new Table(null, name, null, columns, PrimaryKey.of(columns.get(0).name()), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    private static Table students() {
        return table("students", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("name", ColumnType.varchar(100), false)));
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of(), List.of());
    }

    private List<String> descriptions(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes().stream()
                .map(Change::description).toList();
    }

    @Test
    void identicalSchemasHaveNoChanges() {
        assertTrue(SchemaDiff.compare(schema(students()), schema(students()), h2, DiffOptions.defaults()).isEmpty());
    }

    @Test
    void tablesAndColumnsAddedAndRemovedAreDescribedForTheLog() {
        Table withPhone = table("students", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("name", ColumnType.varchar(100), false), col("phone", ColumnType.varchar(20), true)));
        Table old = table("old_things", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        Table courses = table("courses", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        assertEquals(List.of("added table 'courses'", "removed table 'old_things'",
                        "added column 'students.phone'"),
                descriptions(schema(withPhone, courses), schema(students(), old), h2));
    }

    @Test
    void namesCompareWithoutCaseWhereTheDatabaseFoldsThem() {
        Table upper = new Table(null, "STUDENTS", null, List.of(col("ID", ColumnType.of(TypeKind.BIGINT), false),
                col("NAME", ColumnType.varchar(100), false)), PrimaryKey.of("ID"), List.of(), List.of(), List.of(),
                List.of(), null);
        assertTrue(SchemaDiff.compare(schema(students()), schema(upper), h2, DiffOptions.defaults()).isEmpty());
        assertTrue(SchemaDiff.compare(schema(students()), schema(upper), sqlite, DiffOptions.defaults()).isEmpty());
    }

    @Test
    void typesCompareAsTheDialectRendersThem() {
        Table uuidModel = table("t", List.of(col("id", ColumnType.of(TypeKind.UUID), false)));
        Table blobDb = table("t", List.of(col("id", ColumnType.of(TypeKind.BLOB), false)));
        assertTrue(SchemaDiff.compare(schema(uuidModel), schema(blobDb), sqlite, DiffOptions.defaults()).isEmpty(),
                "UUID and BLOB are both blob on SQLite");
        List<Change> h2Changes = SchemaDiff.compare(schema(uuidModel), schema(blobDb), h2, DiffOptions.defaults())
                .changes();
        assertInstanceOf(Change.AlterColumnType.class, h2Changes.get(0));
        assertEquals("type changed of column 't.id' from blob to uuid", h2Changes.get(0).description());
    }

    @Test
    void lengthPrecisionAndScaleChangesAreTypeChanges() {
        Table a = table("t", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("name", ColumnType.varchar(100), true), col("price", ColumnType.decimal(10, 2), true)));
        Table b = table("t", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("name", ColumnType.varchar(120), true), col("price", ColumnType.decimal(10, 3), true)));
        assertEquals(List.of("type changed of column 't.name' from varchar(100) to varchar(120)",
                        "type changed of column 't.price' from decimal(10,2) to decimal(10,3)"),
                descriptions(schema(b), schema(a), sqlite));
    }

    @Test
    void nullabilityDefaultsAndCommentsAreDetected() {
        Table db = table("t", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("state", ColumnType.varchar(10), true).withDefaultValue("('draft')")));
        Table model = new Table(null, "t", "things", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("state", ColumnType.varchar(10), false).withDefaultValue("'done'").withComment("state")),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), null);
        assertEquals(List.of("not null set on column 't.state'",
                        "default changed of column 't.state' from ('draft') to 'done'",
                        "comment changed of column 't.state'", "comment changed of table 't'"),
                descriptions(schema(model), schema(db), h2));
        assertEquals(List.of("not null set on column 't.state'",
                        "default changed of column 't.state' from ('draft') to 'done'"),
                descriptions(schema(model), schema(db), sqlite), "SQLite keeps no comments");
    }

    @Test
    void defaultsCompareInOneSpelling() {
        Table db = table("t", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("flag", ColumnType.of(TypeKind.BOOLEAN), true).withDefaultValue("( TRUE )")));
        Table model = table("t", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("flag", ColumnType.of(TypeKind.BOOLEAN), true).withDefaultValue("true")));
        assertTrue(SchemaDiff.compare(schema(model), schema(db), h2, DiffOptions.defaults()).isEmpty());
    }

    @Test
    void identityCountsOnH2ButIsCarriedByTheKeyOnSqlite() {
        Table db = table("t", List.of(col("id", ColumnType.of(TypeKind.INTEGER), false)));
        Table model = table("t", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false).withIdentity(true)));
        assertTrue(SchemaDiff.compare(schema(model), schema(db), sqlite, DiffOptions.defaults()).isEmpty(),
                "an integer primary key is the rowid alias SQLite generates values for");
        assertEquals(List.of("type changed of column 't.id' from integer to bigint identity"),
                descriptions(schema(model), schema(db), h2));
    }

    @Test
    void uniqueConstraintsIndexesAndForeignKeysMatchByColumnsNotNames() {
        Table dbTable = new Table(null, "books", null, List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("isbn", ColumnType.varchar(13), true), col("author_id", ColumnType.of(TypeKind.BIGINT), true)),
                PrimaryKey.of("id"), List.of(new UniqueConstraint("UK_8F3A", List.of("ISBN"), null)),
                List.of(new Index("IDX_AUTHOR", List.of(IndexColumn.asc("AUTHOR_ID")), false, null)),
                List.of(new ForeignKey("FK_ABC123", List.of("AUTHOR_ID"), null, "AUTHORS", List.of("ID"), null, null,
                        null)), List.of(), null);
        Table modelTable = new Table(null, "books", null, dbTable.columns(), PrimaryKey.of("id"),
                List.of(new UniqueConstraint(null, List.of("isbn"), null)),
                List.of(new Index("books_author_idx", List.of(IndexColumn.asc("author_id")), false, null)),
                List.of(new ForeignKey(null, List.of("author_id"), null, "authors", List.of("id"), null, null, null)),
                List.of(), null);
        Table authors = table("authors", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        assertTrue(SchemaDiff.compare(schema(modelTable, authors), schema(dbTable, authors), h2,
                DiffOptions.defaults()).isEmpty());
        Table otherColumn = new Table(null, "books", null, dbTable.columns(), PrimaryKey.of("id"),
                List.of(new UniqueConstraint("UK_8F3A", List.of("author_id"), null)), dbTable.indexes(),
                dbTable.foreignKeys(), List.of(), null);
        assertEquals(List.of("added unique constraint [author_id] on 'books'",
                        "removed unique constraint [ISBN] on 'books'"),
                descriptions(schema(otherColumn, authors), schema(dbTable, authors), h2),
                "the same name on other columns is a different constraint");
    }

    @Test
    void aUniqueIndexInTheDatabaseSatisfiesAUniqueConstraintOfTheModel() {
        Table dbTable = new Table(null, "t", null, List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("code", ColumnType.varchar(5), true)), PrimaryKey.of("id"), List.of(),
                List.of(new Index("ux_code", List.of(IndexColumn.asc("code")), true, null)), List.of(), List.of(),
                null);
        Table modelTable = new Table(null, "t", null, dbTable.columns(), PrimaryKey.of("id"),
                List.of(new UniqueConstraint(null, List.of("code"), null)), List.of(), List.of(), List.of(), null);
        assertTrue(SchemaDiff.compare(schema(modelTable), schema(dbTable), sqlite, DiffOptions.defaults()).isEmpty());
    }

    @Test
    void aChangedOnDeleteActionReplacesTheForeignKey() {
        ForeignKey plain = new ForeignKey("fk1", List.of("a_id"), null, "a", List.of("id"), null, null, null);
        ForeignKey cascade = new ForeignKey(null, List.of("a_id"), null, "a", List.of("id"), ReferentialAction.CASCADE,
                null, null);
        Table a = table("a", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        List<Column> cols = List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("a_id", ColumnType.of(TypeKind.BIGINT), true));
        Table before = new Table(null, "b", null, cols, PrimaryKey.of("id"), List.of(), List.of(), List.of(plain),
                List.of(), null);
        Table after = new Table(null, "b", null, cols, PrimaryKey.of("id"), List.of(), List.of(), List.of(cascade),
                List.of(), null);
        assertEquals(List.of("removed foreign key [a_id] -> a[id] on 'b'",
                        "added foreign key [a_id] -> a[id] on delete cascade on 'b'"),
                descriptions(schema(a, after), schema(a, before), h2));
    }

    @Test
    void primaryKeyChangesDropTheOldKeyAndAddTheNew() {
        List<Column> cols = List.of(col("a", ColumnType.of(TypeKind.BIGINT), false),
                col("b", ColumnType.of(TypeKind.BIGINT), false));
        Table one = new Table(null, "t", null, cols, PrimaryKey.of("a"), List.of(), List.of(), List.of(), List.of(),
                null);
        Table two = new Table(null, "t", null, cols, PrimaryKey.of("a", "b"), List.of(), List.of(), List.of(),
                List.of(), null);
        assertEquals(List.of("removed primary key [a] on 't'", "added primary key [a, b] on 't'"),
                descriptions(schema(two), schema(one), h2));
    }

    @Test
    void enumChecksCompareByMeaningWithValuesAsASet() {
        List<Column> cols = List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("status", ColumnType.varchar(255), true), col("level", ColumnType.of(TypeKind.TINYINT), true));
        Table db = new Table(null, "t", null, cols, PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(
                new CheckConstraint("CONSTRAINT_A", new CheckCondition.Expression("\"STATUS\" IN('B', 'A')"), null),
                new CheckConstraint("CONSTRAINT_B", new CheckCondition.Expression("(\"LEVEL\" BETWEEN 0 AND 2)"),
                        null)), null);
        Table model = new Table(null, "t", null, cols, PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(
                new CheckConstraint(null, new CheckCondition.InValues("status", List.of("A", "B")), null),
                new CheckConstraint(null, new CheckCondition.Range("level", 0L, 2L), null)), null);
        assertTrue(SchemaDiff.compare(schema(model), schema(db), h2, DiffOptions.defaults()).isEmpty());
        Table moreValues = new Table(null, "t", null, cols, PrimaryKey.of("id"), List.of(), List.of(), List.of(),
                List.of(new CheckConstraint(null, new CheckCondition.InValues("status", List.of("A", "B", "C")), null),
                        model.checks().get(1)), null);
        assertEquals(List.of("removed check status in ('A','B') on 't'", "added check status in ('A','B','C') on 't'"),
                descriptions(schema(moreValues), schema(db), h2));
    }

    @Test
    void excludedTablesAndTheToolsOwnTablesAreNeverTouched() {
        Table version = table("migrations_version", List.of(col("id", ColumnType.varchar(32), false)));
        Table legacy = table("legacy_orders", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        Table audit = table("audit_log", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        DiffOptions options = DiffOptions.defaults().withExclude(List.of("LEGACY_.*", "audit_log"));
        assertTrue(SchemaDiff.compare(schema(students()), schema(students(), version, legacy, audit), h2, options)
                .isEmpty());
        Table ownInModel = table("MIGRATIONS_lock", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        assertTrue(SchemaDiff.compare(schema(students(), ownInModel), schema(students()), h2, options).isEmpty());
        assertEquals(List.of("removed table 'audit_log'"), SchemaDiff.compare(schema(students()),
                schema(students(), audit, legacy), h2, DiffOptions.defaults().withInclude(List.of("a.*", "students")))
                .changes().stream().map(Change::description).toList());
    }

    @Test
    void sequencesAreTablesOnSqliteAndSequencesOnH2() {
        Schema model = new Schema(List.of(students()), List.of(new Sequence(null, "students_SEQ", 1, 50, null)),
                List.of(new GeneratorTable(null, "hibernate_sequences", "sequence_name", 255, "next_val",
                        List.of(new GeneratorTable.Segment("students", 0)), null)));
        SchemaDiff onSqlite = SchemaDiff.compare(model, schema(students()), sqlite, DiffOptions.defaults());
        assertEquals(List.of("added table 'hibernate_sequences'", "added table 'students_SEQ'"),
                onSqlite.changes().stream().map(Change::description).toList());
        Change.AddTable seqTable = (Change.AddTable) onSqlite.changes().get(1);
        assertEquals(List.of(List.of("1")), seqTable.initialRows());
        assertEquals(List.of(List.of("'students'", "0")), ((Change.AddTable) onSqlite.changes().get(0)).initialRows());

        Schema db = new Schema(List.of(students()), List.of(new Sequence(null, "STUDENTS_SEQ", 1, 1, null)), List.of());
        assertEquals(List.of("added table 'hibernate_sequences'",
                        "increment changed of sequence 'students_SEQ' from 1 to 50"),
                descriptions(model, db, h2));
    }

    @Test
    void changesComeInTheSameOrderWhateverTheInputOrder() {
        Table a = table("a", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        Table b = table("b", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        Table c = table("c", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)));
        List<String> one = descriptions(new Schema(List.of(c, a), List.of(), List.of()), schema(b), h2);
        List<String> two = descriptions(new Schema(List.of(a, c), List.of(), List.of()), schema(b), h2);
        assertEquals(one, two);
        assertEquals(List.of("added table 'a'", "removed table 'b'", "added table 'c'"), one);
    }

    @Test
    void theReversedDiffUndoesEveryChange() {
        Table withPhone = table("students", List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("name", ColumnType.varchar(120), false), col("phone", ColumnType.varchar(20), true)));
        SchemaDiff diff = SchemaDiff.compare(schema(withPhone), schema(students()), h2, DiffOptions.defaults());
        SchemaDiff back = diff.reversed();
        assertEquals(List.of("type changed of column 'students.name' from varchar(120) to varchar(100)",
                "removed column 'students.phone'"), back.changes().stream().map(Change::description).toList());
        Change.DropColumn drop = (Change.DropColumn) back.changes().get(1);
        assertEquals(withPhone.columns().get(2), drop.column(), "the drop carries the whole column");
        assertEquals(diff.database(), back.model());
    }

    @Test
    void tablesOfOtherSchemasAreDistinctFromTheDefaultSchemasTables() {
        Table audit = new Table("audit", "students", null, students().columns(), PrimaryKey.of("id"), List.of(),
                List.of(), List.of(), List.of(), null);
        assertEquals(List.of("added table 'audit.students'"),
                descriptions(schema(students(), audit), schema(students()), h2));
    }

    @Test
    void aPatternThatIsNoRegularExpressionIsRefusedWithItsId() {
        dev.migrations.core.api.ConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.migrations.core.api.ConfigurationException.class,
                () -> DiffOptions.defaults().withExclude(List.of("legacy_(")));
        assertEquals("DIFF-002", e.id());
        assertTrue(e.getMessage().startsWith("[DIFF-002] The table pattern 'legacy_('"), e.getMessage());
    }

    private static Table basketNotes(PrimaryKey key) {
        return new Table(null, "basket_notes", null, List.of(col("basket_id", ColumnType.of(TypeKind.BIGINT), false),
                col("notes_order", ColumnType.of(TypeKind.INTEGER), false)), key, List.of(), List.of(), List.of(),
                List.of(), null);
    }

    @Test
    void aPrimaryKeyWithTheSameColumnsInAnotherOrderIsNotRebuilt() {
        Table model = basketNotes(PrimaryKey.of("basket_id", "notes_order"));
        Table database = basketNotes(PrimaryKey.of("notes_order", "basket_id"));
        assertEquals(List.of(), descriptions(schema(model), schema(database), h2));
    }

    @Test
    void aPrimaryKeyWithOtherColumnsIsRebuilt() {
        Table model = basketNotes(PrimaryKey.of("basket_id", "notes_order"));
        Table database = basketNotes(PrimaryKey.of("basket_id"));
        assertEquals(2, descriptions(schema(model), schema(database), h2).size());
    }

    private static Table card(int tierLength, List<String> tierValues) {
        return new Table(null, "card", null, List.of(col("id", ColumnType.of(TypeKind.BIGINT), false),
                col("tier", ColumnType.varchar(tierLength), true)), PrimaryKey.of("id"), List.of(), List.of(),
                List.of(), List.of(new CheckConstraint(null, new CheckCondition.InValues("tier", tierValues), null)),
                null);
    }

    @Test
    void aVarcharLimitedToTheSameValuesMatchesAtAnyLengthThatHoldsThem() {
        assertEquals(List.of(), descriptions(schema(card(20, List.of("BRONZE", "SILVER"))),
                schema(card(255, List.of("SILVER", "BRONZE"))), h2));
    }

    @Test
    void aVarcharLengthChangeIsReportedWhenTheValuesDoNotFit() {
        assertEquals(List.of("type changed of column 'card.tier' from varchar(255) to varchar(5)"),
                descriptions(schema(card(5, List.of("BRONZE", "SILVER"))),
                        schema(card(255, List.of("BRONZE", "SILVER"))), h2));
    }

    /**
     * New values change the check; the length still only has to hold them (MariaDB and H2 read a native enum
     * back as varchar(255), whatever the model's length).
     */
    @Test
    void newValuesChangeTheCheckAndNotTheLengthWhenTheyFit() {
        List<String> changes = descriptions(schema(card(20, List.of("BRONZE", "GOLD"))),
                schema(card(255, List.of("BRONZE", "SILVER"))), h2);
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.stream().allMatch(c -> c.contains("check tier in")), changes.toString());
    }

    private static Table auditEvents(String schema) {
        return new Table(schema, "audit_events", null, List.of(col("id", ColumnType.of(TypeKind.BIGINT), false)),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void sqliteRefusesATableInAnotherSchemaByName() {
        AutogenerateException e = assertThrows(AutogenerateException.class, () -> SchemaDiff.compare(
                schema(auditEvents("audit")), schema(), sqlite, DiffOptions.defaults()));
        assertEquals("DIFF-003", e.id());
        assertTrue(e.getMessage().startsWith("[DIFF-003] SQLite cannot hold the table 'audit.audit_events'"),
                e.getMessage());
    }

    @Test
    void sqliteAcceptsTheMainSchemaAndAnExcludedTableInAnotherSchema() {
        assertEquals(List.of("added table 'main.audit_events'"),
                descriptions(schema(auditEvents("main")), schema(), sqlite));
        assertTrue(SchemaDiff.compare(schema(auditEvents("audit")), schema(), sqlite,
                DiffOptions.defaults().withExclude(List.of("audit_events"))).isEmpty());
    }
}
