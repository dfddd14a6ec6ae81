package dev.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.ModelJson;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemaReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryTypeKeyIndexForeignKeyAndCheckOfASqliteFile() throws Exception {
        try (Connection c = TestDatabases.sqlite(dir)) {
            TestDatabases.execute(c, TestDatabases.resource("sqlite-every-feature.sql"));

            Schema schema = SchemaReader.defaults().read(c);

            assertEquals(TestDatabases.resource("sqlite-every-feature.json"), ModelJson.write(schema));
        }
    }

    @Test
    void readsHibernateStyleSqliteDdlIntoTheModelHibernateDescribes() throws Exception {
        try (Connection c = TestDatabases.sqlite(dir)) {
            TestDatabases.execute(c, """
                    create table Author (id integer, name varchar(255) not null, primary key (id));
                    create table Book (id bigint not null, price numeric(38,2), published timestamp, \
                    status varchar(255) check (status in ('DRAFT','PUBLISHED')), \
                    level tinyint check (level between 0 and 2), author_id bigint, primary key (id), \
                    foreign key (author_id) references Author);
                    create table Book_SEQ (next_val bigint);
                    """);

            Schema schema = SchemaReader.defaults().read(c);

            Table book = schema.table("Book").orElseThrow();
            assertEquals(new Table(null, "Book", null, List.of(
                    new Column("id", ColumnType.of(TypeKind.BIGINT), false, null, false, null, null, null),
                    Column.of("price", ColumnType.decimal(38, 2), true, null),
                    Column.of("published", ColumnType.of(TypeKind.TIMESTAMP), true, null),
                    Column.of("status", ColumnType.varchar(255), true, null),
                    Column.of("level", ColumnType.of(TypeKind.TINYINT), true, null),
                    Column.of("author_id", ColumnType.of(TypeKind.BIGINT), true, null)),
                    PrimaryKey.of("id"), List.of(), List.of(),
                    List.of(new ForeignKey(null, List.of("author_id"), null, "Author", List.of("id"),
                            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null)),
                    List.of(new CheckConstraint(null, new CheckCondition.InValues("status", List.of("DRAFT", "PUBLISHED")),
                                    null),
                            new CheckConstraint(null, new CheckCondition.Range("level", 0L, 2L), null)),
                    null), book);
            Column authorId = schema.table("Author").orElseThrow().columns().get(0);
            assertTrue(authorId.identity(), "an integer primary key is SQLite's rowid: the database generates it");
            assertFalse(authorId.nullable());
            assertTrue(schema.table("Book_SEQ").isPresent(), "one-row generator tables stay tables");
            assertEquals(List.of(), schema.sequences());
        }
    }

    @Test
    void neverReturnsTheToolsOwnTablesAndAppliesIncludeAndExcludePatterns() throws Exception {
        try (Connection c = TestDatabases.sqlite(dir)) {
            TestDatabases.execute(c, """
                    create table migrations_version (id varchar(12) primary key);
                    create table MIGRATIONS_LOCK (id int);
                    create table app_user (id int);
                    create table app_user_backup (id int);
                    create table audit (id int);
                    """);

            assertEquals(List.of("app_user", "app_user_backup", "audit"), names(SchemaReader.defaults().read(c)));
            assertEquals(List.of("app_user"), names(SchemaReader.defaults()
                    .filter(TableFilter.all().including("APP_.*").excluding(".*_backup")).read(c)));
            assertEquals(List.of("audit"), names(SchemaReader.defaults()
                    .filter(TableFilter.all().excluding("app_.*")).read(c)));
            assertEquals(List.of(), names(SchemaReader.defaults()
                    .filter(TableFilter.all().including("migrations_.*")).read(c)));
        }
    }

    @Test
    void namesUniqueConstraintsAndForeignKeysFromTheCreateTableText() throws Exception {
        try (Connection c = TestDatabases.sqlite(dir)) {
            TestDatabases.execute(c, """
                    create table a (x int, y int, z int, constraint uq_xy unique (y, x), unique (z), unique (x, y));
                    """);

            Table a = SchemaReader.defaults().read(c).table("a").orElseThrow();

            assertEquals(List.of(new UniqueConstraint(null, List.of("x", "y"), null),
                    new UniqueConstraint("uq_xy", List.of("y", "x"), null),
                    new UniqueConstraint(null, List.of("z"), null)), a.uniqueConstraints());
        }
    }

    @Test
    void namesForeignKeyTargetsAsTheTargetTableDeclaresThem() throws Exception {
        try (Connection c = TestDatabases.sqlite(dir)) {
            TestDatabases.execute(c, """
                    create table Parent (Id integer primary key, Code varchar(10) unique);
                    create table child (p integer references PARENT, code varchar(10) references parent (CODE));
                    """);

            Table child = SchemaReader.defaults().read(c).table("child").orElseThrow();

            assertEquals(List.of(
                    new ForeignKey(null, List.of("code"), null, "Parent", List.of("Code"),
                            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null),
                    new ForeignKey(null, List.of("p"), null, "Parent", List.of("Id"),
                            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null)), child.foreignKeys());
        }
    }

    @Test
    void readsNamesWithSpacesQuotesAndDots() throws Exception {
        try (Connection c = TestDatabases.sqlite(dir)) {
            TestDatabases.execute(c, """
                    create table "my table" ("a b" integer primary key, "quo""te" varchar(3) unique);
                    create index "ix my" on "my table" ("quo""te" desc);
                    create table "x.y" (id int, constraint "fk x" foreign key (id) references "my table" ("a b"));
                    """);

            Schema schema = SchemaReader.defaults().read(c);

            Table my = schema.table("my table").orElseThrow();
            assertEquals(List.of("a b", "quo\"te"), my.columns().stream().map(Column::name).toList());
            assertEquals(PrimaryKey.of("a b"), my.primaryKey());
            assertEquals(List.of(new UniqueConstraint(null, List.of("quo\"te"), null)), my.uniqueConstraints());
            assertEquals(List.of(new dev.migrations.model.Index("ix my",
                    List.of(new dev.migrations.model.IndexColumn("quo\"te", true)), false, null)), my.indexes());
            assertEquals(List.of(new ForeignKey("fk x", List.of("id"), null, "my table", List.of("a b"),
                    ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null)),
                    schema.table("x.y").orElseThrow().foreignKeys());
        }
    }

    @Test
    void readsHundredsOfTablesWithForeignKeys() throws Exception {
        try (Connection c = TestDatabases.sqlite(dir)) {
            IntrospectionWorkload.create(c, 300, 10);

            Schema schema = SchemaReader.defaults().read(c);

            assertEquals(300, schema.tables().size());
            Table last = schema.table("bench_299").orElseThrow();
            assertEquals(10, last.columns().size());
            assertEquals("bench_298", last.foreignKeys().get(0).referencedTable());
        }
    }

    private static List<String> names(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }
}
