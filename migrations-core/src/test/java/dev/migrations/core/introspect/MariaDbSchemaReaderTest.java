package dev.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.mariadb.MariaDbDialect;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.MigrationPlan;
import dev.migrations.core.dialect.MigrationPlanner;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.testing.TestServers;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MariaDB reader on the real server: what it reads, and that what the dialect writes reads back equal. */
class MariaDbSchemaReaderTest {

    private final Dialect dialect = new MariaDbDialect();

    @Test
    void aHandWrittenDatabaseReadsIntoTheModelsLogicalForm() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            TestDatabases.execute(c, """
                    create table owners (id bigint not null auto_increment primary key, email varchar(80) not null,
                        unique key uk_owners_email (email)) comment 'people';
                    create table things (
                        id bigint not null auto_increment, flag bit default b'1', legacy_flag tinyint(1),
                        tiny tinyint, ratio float, score double, price decimal(10,2) default 0.00,
                        status enum('DRAFT','PUBLISHED') default 'DRAFT', note varchar(20) default 'it''s' comment 'a note',
                        created datetime(6) default current_timestamp(6), alarm time, born date, token uuid,
                        body longtext, essay text, photo longblob, raw varbinary(16), code char(2),
                        counter int(10) unsigned, owner_id bigint, level int,
                        primary key (id), constraint ck_level check (level between 0 and 9),
                        foreign key (owner_id) references owners (id) on delete set null);
                    create index ix_things_created on things (created desc, code);
                    create unique index ux_things_code on things (code);
                    create sequence things_SEQ start with 1 increment by 50;
                    """);

            Schema schema = SchemaReader.defaults().read(c);

            Table things = table(schema, "things");
            Map<String, String> types = new LinkedHashMap<>();
            things.columns().forEach(col -> types.put(col.name(), col.columnDefinition() != null
                    ? "def:" + col.columnDefinition() : col.type().toString()));
            assertEquals(Map.ofEntries(Map.entry("id", "bigint"), Map.entry("flag", "boolean"),
                    Map.entry("legacy_flag", "boolean"), Map.entry("tiny", "tinyint"), Map.entry("ratio", "float"),
                    Map.entry("score", "double"), Map.entry("price", "decimal(10,2)"),
                    Map.entry("status", "varchar(255)"), Map.entry("note", "varchar(20)"),
                    Map.entry("created", "timestamp(6)"), Map.entry("alarm", "time(0)"), Map.entry("born", "date"),
                    Map.entry("token", "uuid"), Map.entry("body", "clob"), Map.entry("essay", "varchar(65535)"),
                    Map.entry("photo", "blob"), Map.entry("raw", "varbinary(16)"), Map.entry("code", "char(2)"),
                    Map.entry("counter", "def:int unsigned"), Map.entry("owner_id", "bigint"),
                    Map.entry("level", "integer")), types);
            assertTrue(column(things, "id").identity());
            assertNull(column(things, "id").defaultValue());
            assertEquals("TRUE", column(things, "flag").defaultValue());
            assertEquals("0", column(things, "price").defaultValue());
            assertEquals("'DRAFT'", column(things, "status").defaultValue());
            assertEquals("'it''s'", column(things, "note").defaultValue());
            assertEquals("a note", column(things, "note").comment());
            assertEquals("CURRENT_TIMESTAMP", column(things, "created").defaultValue());
            assertNull(column(things, "level").defaultValue(), "MariaDB's NULL is no default");

            assertEquals(PrimaryKey.of("id"), things.primaryKey());
            assertEquals(List.of(new CheckConstraint(null, new CheckCondition.InValues("status",
                    List.of("DRAFT", "PUBLISHED")), "native enum type"), new CheckConstraint("ck_level",
                    new CheckCondition.Range("level", 0L, 9L), null)), things.checks());
            assertEquals(List.of(new UniqueConstraint("ux_things_code", List.of("code"), null)),
                    things.uniqueConstraints());
            assertEquals(List.of(new Index("ix_things_created", List.of(new IndexColumn("created", true),
                    IndexColumn.asc("code")), false, null)), things.indexes(), "no index for the foreign key");
            ForeignKey fk = things.foreignKeys().get(0);
            assertEquals(List.of("owner_id"), fk.columns());
            assertEquals("owners", fk.referencedTable());
            assertEquals(ReferentialAction.SET_NULL, fk.onDelete());
            assertEquals(ReferentialAction.NO_ACTION, fk.onUpdate(), "InnoDB's RESTRICT reads as NO ACTION");

            Table owners = table(schema, "owners");
            assertEquals("people", owners.comment());
            assertEquals(List.of(new UniqueConstraint("uk_owners_email", List.of("email"), null)),
                    owners.uniqueConstraints());
            assertEquals(List.of(new Sequence(null, "things_SEQ", 1, 50, null)), schema.sequences());
        }
    }

    /** One column per logical kind, written by the dialect: each reads back as a type the dialect writes alike. */
    @Test
    void everyTypeKindReadsBackAsTheDialectWritesItAndRowsSurviveTheSecondDiff() throws Exception {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null).withIdentity(true));
        for (TypeKind kind : TypeKind.values()) {
            ColumnType type = switch (kind) {
                case DECIMAL -> ColumnType.decimal(38, 2);
                case CHAR -> new ColumnType(TypeKind.CHAR, 3, null, null);
                case VARCHAR -> ColumnType.varchar(255);
                case BINARY -> new ColumnType(TypeKind.BINARY, 16, null, null);
                case VARBINARY -> new ColumnType(TypeKind.VARBINARY, 255, null, null);
                case TIME -> ColumnType.of(TypeKind.TIME).withPrecision(0);
                case TIMESTAMP, TIMESTAMP_TZ -> ColumnType.of(kind).withPrecision(6);
                default -> ColumnType.of(kind);
            };
            Column column = Column.of("c_" + kind.name().toLowerCase(), type, true, null);
            columns.add(kind == TypeKind.OTHER ? column.withColumnDefinition("inet6") : column);
        }
        columns.add(Column.of("long_text", ColumnType.varchar(20_000), true, null));
        columns.add(Column.of("huge_bytes", new ColumnType(TypeKind.VARBINARY, 100_000, null, null), true, null));
        Table all = new Table(null, "all_kinds", null, columns, PrimaryKey.of("id"), List.of(), List.of(), List.of(),
                List.of(), null);
        Schema model = new Schema(List.of(all), List.of(), List.of());
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            MigrationPlan plan = new MigrationPlanner(dialect).plan(SchemaDiff.compare(model,
                    SchemaReader.defaults().read(c), dialect, DiffOptions.defaults()));
            apply(c, plan.upgrade());
            apply(c, List.of("insert into all_kinds (c_boolean, c_varchar, c_timestamp_tz, c_uuid) values (true, "
                    + "'kept', '2026-01-02 03:04:05.123456', '123e4567-e89b-12d3-a456-426614174000')"));

            Table read = table(SchemaReader.defaults().read(c), "all_kinds");
            for (Column want : columns) {
                Column have = column(read, want.name());
                assertEquals(dialect.renderType(want), dialect.renderType(have), want.name() + " reads back as "
                        + have.type());
            }
            assertEquals(List.of(), changes(model, SchemaReader.defaults().read(c)));
            assertEquals(List.of("true|kept|2026-01-02 03:04:05.123456|123e4567-e89b-12d3-a456-426614174000"),
                    query(c, "select c_boolean, c_varchar, c_timestamp_tz, c_uuid from all_kinds"));
            apply(c, plan.downgrade());
            assertEquals(Schema.empty(), SchemaReader.defaults().read(c));
        }
    }

    @Test
    void reservedWordsAndMixedCaseNamesRoundTripAsTablesAndColumns() throws Exception {
        Table order = new Table(null, "order", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null).withIdentity(true),
                Column.of("user", ColumnType.varchar(40), false, null),
                Column.of("group", ColumnType.of(TypeKind.INTEGER), true, null).withDefaultValue("0"),
                Column.of("firstName", ColumnType.varchar(40), true, null).withComment("the user's first name")),
                PrimaryKey.of("id"), List.of(new UniqueConstraint(null, List.of("user", "group"), null)),
                List.of(new Index("ix_order_firstName", List.of(IndexColumn.asc("firstName")), false, null)),
                List.of(), List.of(new CheckConstraint(null, new CheckCondition.Range("group", 0L, 9L), null)),
                "orders of a user");
        Table lines = new Table(null, "OrderLine", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("select", ColumnType.of(TypeKind.BIGINT), true, null)),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(new ForeignKey(null, List.of("select"), null,
                "order", List.of("id"), ReferentialAction.CASCADE, null, null)), List.of(), null);
        Schema model = new Schema(List.of(order, lines), List.of(new Sequence(null, "OrderLine_SEQ", 1, 50, null)),
                List.of());
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            MigrationPlan plan = new MigrationPlanner(dialect).plan(SchemaDiff.compare(model, Schema.empty(),
                    dialect, DiffOptions.defaults()));
            apply(c, plan.upgrade());
            apply(c, List.of("insert into `order` (`user`, `group`, `firstName`) values ('ann', 1, 'Ann')",
                    "insert into `OrderLine` (id, `select`) values (1, 1)"));

            Schema read = SchemaReader.defaults().read(c);

            assertEquals(List.of("OrderLine", "order"), read.tables().stream().map(Table::name).toList());
            assertEquals(List.of(), changes(model, read));
            assertEquals(List.of("1|ann|1|Ann"), query(c, "select id, `user`, `group`, `firstName` from `order`"));
            apply(c, plan.downgrade());
            assertEquals(Schema.empty(), SchemaReader.defaults().read(c));
        }
    }

    /** A schema is another database on the server: tables and sequences there come back under its name. */
    @Test
    void tablesAndSequencesInAnotherDatabaseReadUnderItsName() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); TestServers.Server other = TestServers.mariadb();
             Connection c = db.connect()) {
            Table authors = new Table(other.name(), "authors", null, List.of(
                    Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null)), PrimaryKey.of("id"), List.of(),
                    List.of(), List.of(), List.of(), null);
            Table books = new Table(null, "books", null, List.of(
                    Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                    Column.of("author_id", ColumnType.of(TypeKind.BIGINT), true, null)), PrimaryKey.of("id"),
                    List.of(), List.of(), List.of(new ForeignKey(null, List.of("author_id"), other.name(), "authors",
                    List.of("id"), ReferentialAction.NO_ACTION, null, null)), List.of(), null);
            Schema model = new Schema(List.of(authors, books), List.of(new Sequence(other.name(), "authors_SEQ", 1,
                    50, null)), List.of());
            SchemaReader reader = SchemaReader.defaults().otherSchemas(List.of(other.name()));
            MigrationPlan plan = new MigrationPlanner(dialect).plan(SchemaDiff.compare(model, reader.read(c),
                    dialect, DiffOptions.defaults()));
            apply(c, plan.upgrade());

            Schema read = reader.read(c);

            assertEquals(List.of(), changes(model, read));
            assertEquals(other.name(), table(read, "authors").schema());
            assertNull(table(read, "books").schema());
            assertEquals(other.name(), table(read, "books").foreignKeys().get(0).referencedSchema());
            assertEquals(other.name(), read.sequences().get(0).schema());
            assertEquals(List.of("books"), SchemaReader.defaults().read(c).tables().stream().map(Table::name)
                    .toList(), "without the other database, only the connection's own tables");
            apply(c, plan.downgrade());
            assertEquals(Schema.empty(), reader.read(c));
        }
    }

    /**
     * The reader asks the same number of questions for many tables as for few (no query per table), and the tool's
     * own tables are never returned.
     */
    @Test
    void readingAsksAFixedNumberOfQueriesWhateverTheNumberOfTables() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            apply(c, List.of("create table migrations_version (version_id varchar(32) primary key)",
                    "create sequence migrations_seq"));
            createTables(c, 0, 3);
            long few = questionsToRead(c, 3);
            createTables(c, 3, 120);
            long many = questionsToRead(c, 120);
            assertEquals(few, many, "queries for 3 tables and for 120 tables");
            assertTrue(many <= 10, "one query per kind of element: " + many);
        }
    }

    @Test
    void aThousandTablesWithKeysChecksAndIndexesAreReadWithinSeconds() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            List<String> ddl = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                ddl.add("create table t" + i + " (id bigint not null auto_increment primary key, name varchar(40) "
                        + "not null, status enum('A','B'), created datetime(6), parent_id bigint, level int, "
                        + "unique key uk_t" + i + "_name (name), key ix_t" + i + "_created (created), constraint fk_t"
                        + i + "_parent foreign key (parent_id) references t" + i + " (id), constraint ck_t" + i
                        + " check (level between 0 and 9))");
            }
            apply(c, ddl);

            long started = System.nanoTime();
            Schema schema = SchemaReader.defaults().read(c);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(1000, schema.tables().size());
            Table t = table(schema, "t999");
            assertEquals(1, t.uniqueConstraints().size());
            assertEquals(1, t.indexes().size());
            assertEquals(1, t.foreignKeys().size());
            assertEquals(2, t.checks().size(), "the enum's values and ck_t999");
            assertTrue(millis < 15_000, "1,000 tables read in " + millis + " ms");
        }
    }

    private static void createTables(Connection c, int from, int to) throws SQLException {
        List<String> ddl = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ddl.add("create table t" + i + " (id bigint primary key, name varchar(20) unique, parent_id bigint, "
                    + "level int check (level >= 0), foreign key (parent_id) references t" + i + " (id))");
            ddl.add("create index ix_t" + i + " on t" + i + " (name, level)");
            if (i % 10 == 0) {
                ddl.add("create sequence t" + i + "_SEQ increment by 50");
            }
        }
        apply(c, ddl);
    }

    private static long questionsToRead(Connection c, int tables) throws SQLException {
        long before = questions(c);
        Schema schema = SchemaReader.defaults().read(c);
        long asked = questions(c) - before - 1;
        assertEquals(tables, schema.tables().size());
        assertEquals((tables + 9) / 10, schema.sequences().size());
        return asked;
    }

    private static long questions(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select variable_value from information_schema.session_status where variable_name = 'QUESTIONS'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> changes(Schema model, Schema database) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes().stream()
                .map(Change::description).toList();
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static void apply(Connection c, List<String> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(sql + " -> " + e.getMessage(), e);
                }
            }
        }
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                values.add(row.toString());
            }
            return values;
        }
    }
}
