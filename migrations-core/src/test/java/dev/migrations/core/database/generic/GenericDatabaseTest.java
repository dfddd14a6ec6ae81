package dev.migrations.core.database.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.database.Databases;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.ModelJson;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generic database end to end on two embedded databases without a package of their own: HSQLDB (DDL commits
 * by itself) and Apache Derby (transactional DDL).
 */
class GenericDatabaseTest {

    enum Embedded {
        HSQLDB("jdbc:hsqldb:mem:"), DERBY("jdbc:derby:memory:");

        private final String prefix;

        Embedded(String prefix) {
            this.prefix = prefix;
        }

        String newUrl() {
            return prefix + "g" + UUID.randomUUID().toString().replace("-", "") + (this == DERBY ? ";create=true" : "");
        }
    }

    @TempDir
    Path dir;
    private final List<String> lines = new ArrayList<>();
    private Connection keepAlive;
    private String url;

    @AfterEach
    void close() throws SQLException {
        if (keepAlive != null) {
            keepAlive.close();
        }
    }

    private Migrations open(Embedded database) throws SQLException {
        url = database.newUrl();
        keepAlive = DriverManager.getConnection(url);
        return migrations();
    }

    private Migrations migrations() {
        return Migrations.configure().url(url).scriptLocation(dir.resolve("migrations"))
                .lockTimeout(Duration.ofSeconds(3)).listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void warn(String line) {
                        lines.add("WARN " + line);
                    }
                }).load();
    }

    private ModelSource model(Schema schema) throws Exception {
        Path file = dir.resolve("classes/META-INF/migrations/model.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ModelJson.write(schema));
        return ModelSource.file(file);
    }

    private RevisionResult autogenerate(Schema schema, String message) throws Exception {
        return migrations().revision(RevisionRequest.of(message).withAutogenerate(model(schema)));
    }

    /** Every logical type, a composite key, foreign keys with actions, unique constraints, indexes, a check. */
    static Schema first() {
        Table authors = new Table(null, "authors", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null).withIdentity(true),
                Column.of("name", ColumnType.varchar(100), false, null),
                Column.of("email", ColumnType.varchar(255), true, null),
                Column.of("status", ColumnType.varchar(10), false, null).withDefaultValue("'active'")),
                PrimaryKey.of("id"), List.of(new UniqueConstraint(null, List.of("email"), null)),
                List.of(new Index("ix_authors_name", List.of(new IndexColumn("name", true),
                        IndexColumn.asc("status")), false, null)),
                List.of(), List.of(new CheckConstraint(null, new CheckCondition.InValues("status",
                List.of("active", "retired")), null)), null);
        Table books = new Table(null, "books", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("author_id", ColumnType.of(TypeKind.BIGINT), true, null),
                Column.of("isbn", ColumnType.of(TypeKind.CHAR).withLength(13), false, null),
                Column.of("available", ColumnType.of(TypeKind.BOOLEAN), false, null).withDefaultValue("true"),
                Column.of("pages", ColumnType.of(TypeKind.SMALLINT), true, null),
                Column.of("edition", ColumnType.of(TypeKind.TINYINT), true, null),
                Column.of("copies", ColumnType.of(TypeKind.INTEGER), false, null).withDefaultValue("0"),
                Column.of("rating", ColumnType.of(TypeKind.FLOAT), true, null),
                Column.of("weight", ColumnType.of(TypeKind.DOUBLE), true, null),
                Column.of("price", ColumnType.decimal(10, 2), true, null),
                Column.of("summary", ColumnType.of(TypeKind.CLOB), true, null),
                Column.of("cover", ColumnType.of(TypeKind.BLOB), true, null),
                Column.of("checksum", ColumnType.of(TypeKind.BINARY).withLength(16), true, null),
                Column.of("thumb", ColumnType.of(TypeKind.VARBINARY).withLength(64), true, null),
                Column.of("published", ColumnType.of(TypeKind.DATE), true, null),
                Column.of("opens", ColumnType.of(TypeKind.TIME), true, null),
                Column.of("added", ColumnType.of(TypeKind.TIMESTAMP), false, null)
                        .withDefaultValue("CURRENT_TIMESTAMP"),
                Column.of("token", ColumnType.of(TypeKind.UUID), true, null)),
                PrimaryKey.of("id"), List.of(new UniqueConstraint("uk_books_isbn", List.of("isbn"), null)),
                List.of(new Index("ix_books_published", List.of(IndexColumn.asc("published")), false, null),
                        new Index("ux_books_checksum", List.of(IndexColumn.asc("checksum")), true, null)),
                List.of(new ForeignKey("fk_books_author", List.of("author_id"), null, "authors", List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION, null)),
                List.of(), null);
        Table loans = new Table(null, "loans", null, List.of(
                Column.of("book_id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("reader", ColumnType.varchar(50), false, null),
                Column.of("due", ColumnType.of(TypeKind.DATE), true, null)),
                PrimaryKey.of("book_id", "reader"), List.of(), List.of(),
                List.of(new ForeignKey(null, List.of("book_id"), null, "books", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, null)),
                List.of(), null);
        return new Schema(List.of(loans, books, authors),
                List.of(new Sequence(null, "books_seq", 1, 50, null)), List.of());
    }

    /**
     * loans dropped; books: edition dropped, isbn nullable, copies' default changed, a new NOT NULL column;
     * authors: a new index and a unique constraint dropped.
     */
    static Schema second() {
        Schema first = first();
        Table books = first.table("books").orElseThrow();
        List<Column> columns = new ArrayList<>();
        for (Column c : books.columns()) {
            if (c.name().equals("edition")) {
                continue;
            }
            columns.add(c.name().equals("isbn") ? c.withNullable(true)
                    : c.name().equals("copies") ? c.withDefaultValue("1") : c);
        }
        columns.add(Column.of("shelf", ColumnType.varchar(20), false, null));
        Table newBooks = new Table(null, "books", null, columns, books.primaryKey(), books.uniqueConstraints(),
                books.indexes(), books.foreignKeys(), List.of(), null);
        Table authors = first.table("authors").orElseThrow();
        List<Index> indexes = new ArrayList<>(authors.indexes());
        indexes.add(new Index("ix_authors_email", List.of(IndexColumn.asc("email")), false, null));
        Table newAuthors = new Table(null, "authors", null, authors.columns(), authors.primaryKey(), List.of(),
                indexes, List.of(), authors.checks(), null);
        return new Schema(List.of(newBooks, newAuthors), first.sequences(), List.of());
    }

    @ParameterizedTest
    @EnumSource(Embedded.class)
    void anUpgradeFromEmptyReadsBackAsTheModelAndLeavesNothingToDiff(Embedded database) throws Exception {
        Migrations migrations = open(database);

        RevisionResult revision = autogenerate(first(), "create library");
        migrations.upgrade("head");

        assertTrue(revision.written());
        Schema live;
        try (Connection c = DriverManager.getConnection(url)) {
            live = SchemaReader.defaults().read(c);
        }
        assertEquals(List.of("AUTHORS", "BOOKS", "LOANS"), live.tables().stream().map(Table::name).toList());
        Table books = live.table("BOOKS").orElseThrow();
        assertEquals(ColumnType.decimal(10, 2), books.column("PRICE").orElseThrow().type());
        assertEquals("'active'", live.table("AUTHORS").orElseThrow().column("STATUS").orElseThrow().defaultValue());
        assertTrue(live.table("AUTHORS").orElseThrow().column("ID").orElseThrow().identity());
        assertEquals(List.of("BOOK_ID", "READER"), live.table("LOANS").orElseThrow().primaryKey().columns());
        ForeignKey toAuthors = books.foreignKeys().get(0);
        assertEquals(ReferentialAction.SET_NULL, toAuthors.onDelete());
        assertEquals(ReferentialAction.CASCADE, live.table("LOANS").orElseThrow().foreignKeys().get(0).onDelete());
        assertEquals(List.of("ISBN"), books.uniqueConstraints().get(0).columns());
        assertEquals(List.of("IX_BOOKS_PUBLISHED", "UX_BOOKS_CHECKSUM"), books.indexes().stream().map(Index::name).toList());
        CheckCondition.InValues status = (CheckCondition.InValues) live.table("AUTHORS").orElseThrow().checks().get(0)
                .condition();
        assertTrue(status.column().equalsIgnoreCase("status"), status.toString());
        assertEquals(List.of("active", "retired"), status.values());
        assertEquals(List.of("BOOKS_SEQ"), live.sequences().stream().map(Sequence::name).toList());
        assertTrue(migrations().check(model(first()), List.of()).upToDate(), () -> String.join("\n", lines));
        assertFalse(autogenerate(first(), "nothing").written());
    }

    @ParameterizedTest
    @EnumSource(Embedded.class)
    void aSecondRevisionChangesColumnsAndConstraintsAndItsDowngradeRestoresTheFirst(Embedded database)
            throws Exception {
        Migrations migrations = open(database);
        autogenerate(first(), "create library");
        migrations.upgrade("head");
        execute("INSERT INTO books (id, isbn, added) VALUES (1, '9780000000001', CURRENT_TIMESTAMP)");

        RevisionResult second = autogenerate(second(), "reshape library");
        migrations().upgrade("head");

        assertTrue(second.written());
        assertTrue(migrations().check(model(second()), List.of()).upToDate(), () -> String.join("\n", lines));
        assertEquals(List.of("1|"), query("SELECT id, shelf FROM books"));

        migrations().downgrade("-1");

        // check refuses a database below the scripts' head, so the downgraded database is compared directly
        try (Connection c = DriverManager.getConnection(url)) {
            SchemaDiff back = SchemaDiff.compare(first(), SchemaReader.defaults().read(c),
                    Databases.forUrl(url).dialect(), DiffOptions.defaults());
            assertEquals(List.of(), back.changes().stream().map(Change::description).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Embedded.class)
    void historyCurrentAndStampWork(Embedded database) throws Exception {
        Migrations migrations = open(database);
        autogenerate(first(), "create library");
        String id = migrations.history(null).get(0).id();

        migrations.stamp(id, false);

        assertEquals(id, migrations().current().heads().get(0).id());
        assertEquals(List.of(), query("SELECT version_id FROM migrations_version WHERE version_id <> '" + id + "'"));
        List<RevisionInfo> history = migrations().history(null);
        assertTrue(history.get(0).isCurrent(), history.toString());
        migrations().stamp("base", false);
        assertEquals(List.of(), migrations().current().heads());
    }

    @ParameterizedTest
    @EnumSource(Embedded.class)
    void aSecondProcessWaitsForTheLockRowAndGivesUpAfterTheTimeout(Embedded database) throws Exception {
        Migrations migrations = open(database);
        autogenerate(first(), "create library");
        migrations.stamp("base", false);   // creates the lock table and its row
        try (Connection holder = DriverManager.getConnection(url); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeUpdate("UPDATE migrations_lock SET id = 1 WHERE id = 1");

            DatabaseException waited = assertThrows(DatabaseException.class, () -> migrations().upgrade("head"));

            assertEquals("DB-003", waited.id());
            assertTrue(lines.contains("Waiting for the migration lock (another process is migrating)"), lines.toString());
            holder.rollback();
        }
        assertEquals(List.of(), query("SELECT version_id FROM migrations_version"));
        migrations().upgrade("head");
        assertEquals(1, query("SELECT version_id FROM migrations_version").size());
    }

    @ParameterizedTest
    @EnumSource(Embedded.class)
    void aFailingRevisionIsRolledBackWhereTheDriverSaysDdlIsTransactional(Embedded database) throws Exception {
        Migrations migrations = open(database);
        migrations.revision(RevisionRequest.of("broken").withRevId("cccc00000003").withHead("base")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);",
                        "DROP TABLE shelf;"));

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        boolean shelfExists;
        try (Connection c = DriverManager.getConnection(url)) {
            shelfExists = new GenericVersionTableSql("shelf", null).exists(c);
        }
        if (database == Embedded.DERBY) {
            assertFalse(shelfExists, failed.getMessage());
        } else {
            assertTrue(shelfExists, failed.getMessage());
            assertTrue(failed.getMessage().contains("HSQLDB commits each DDL statement"), failed.getMessage());
            assertTrue(failed.getMessage().contains("Statements that ran and stay in effect: line"),
                    failed.getMessage());
        }
        assertEquals(List.of(), query("SELECT version_id FROM migrations_version"));
    }

    @ParameterizedTest
    @EnumSource(Embedded.class)
    void aChangeOfColumnTypeIsRefusedNamingTheChange(Embedded database) throws Exception {
        Migrations migrations = open(database);
        autogenerate(first(), "create library");
        migrations.upgrade("head");
        Schema wider = first();
        Table authors = wider.table("authors").orElseThrow();
        List<Column> columns = authors.columns().stream()
                .map(c -> c.name().equals("name") ? c.withType(ColumnType.varchar(200)) : c).toList();
        Table changed = new Table(null, "authors", null, columns, authors.primaryKey(), authors.uniqueConstraints(),
                authors.indexes(), authors.foreignKeys(), authors.checks(), null);
        List<Table> tables = new ArrayList<>(wider.tables());
        tables.set(tables.indexOf(authors), changed);

        AutogenerateException refused = assertThrows(AutogenerateException.class,
                () -> autogenerate(new Schema(tables, wider.sequences(), List.of()), "widen name"));

        assertEquals("DIFF-004", refused.id());
        assertTrue(refused.getMessage().contains("'authors.name' from varchar(100) to varchar(200)"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("generic (" + Databases.forUrl(url).name() + ")"),
                refused.getMessage());
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i) == null ? "" : rows.getString(i));
                }
                values.add(row.toString());
            }
            return values;
        }
    }
}
