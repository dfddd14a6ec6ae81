package dev.migrations.core.dialect;

import static dev.migrations.core.dialect.Schemas.bigint;
import static dev.migrations.core.dialect.Schemas.col;
import static dev.migrations.core.dialect.Schemas.id;
import static dev.migrations.core.dialect.Schemas.integer;
import static dev.migrations.core.dialect.Schemas.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class H2ExecutionTest {

    private final Dialect dialect = new H2Dialect();
    private final MigrationPlanner planner = new MigrationPlanner(dialect);
    private Connection keepAlive;
    private String url;

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID();
        keepAlive = DriverManager.getConnection(url);
    }

    @AfterEach
    void close() throws SQLException {
        keepAlive.close();
    }

    /** The database as the H2 read-back names it: the constraint names are the ones this plan gave. */
    private static Table students() {
        return table("students").column(id())
                .column(col("name", ColumnType.varchar(100), false))
                .column(col("email", ColumnType.varchar(255), true))
                .column(col("level", integer(), true))
                .column(col("order", integer(), true))
                .pk("id").index(new Index("ix_students_name", List.of(IndexColumn.asc("name")), false, null))
                .build();
    }

    private static Table studentsChanged() {
        return new Table(null, "students", "who attends", List.of(
                id(),
                col("name", ColumnType.varchar(200), false),
                col("email", ColumnType.varchar(255), false).withDefaultValue("''"),
                col("level", bigint(), true).withComment("year of study"),
                col("order", integer(), true),
                col("phone", ColumnType.varchar(30), true),
                col("enrolled", ColumnType.of(TypeKind.BOOLEAN), false),
                col("status", ColumnType.varchar(255), true),
                col("class_id", bigint(), true)),
                dev.migrations.model.PrimaryKey.of("id"),
                List.of(new UniqueConstraint(null, List.of("email"), null)),
                List.of(new Index("ix_students_name_desc", List.of(new IndexColumn("name", true)), false, null)),
                List.of(new ForeignKey(null, List.of("class_id"), null, "classes", List.of("id"),
                        ReferentialAction.SET_NULL, null, null)),
                List.of(new CheckConstraint(null, new CheckCondition.Range("level", 0L, 5L), null),
                        new CheckConstraint(null, new CheckCondition.InValues("status", List.of("ACTIVE", "LEFT")),
                                null)),
                null);
    }

    private static Table classes() {
        return table("classes").column(col("id", bigint(), false)).column(col("title", ColumnType.varchar(50), true))
                .pk("id").build();
    }

    @Test
    void everyKindOfChangeAppliesAndTheDowngradeRestoresTheRows() throws Exception {
        Schema start = Schemas.of(students());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill(2000);
        List<List<Object>> before = rows("select id, name, email, level, \"order\" from students order by id");

        Schema goal = Schemas.of(List.of(studentsChanged(), classes()),
                List.of(new Sequence(null, "classes_SEQ", 1, 50, null)));
        MigrationPlan plan = planner.plan(SchemaDiff.compare(goal, start, dialect, DiffOptions.defaults()));
        apply(plan.upgrade());

        assertEquals(before.toString(),
                rows("select id, name, email, level, \"order\" from students order by id").toString());
        assertEquals("[[false, 2000]]", rows("select min(enrolled), count(*) from students").toString());
        assertEquals("[[1], [51]]", rows("select next value for classes_SEQ union all "
                + "select next value for classes_SEQ").toString());
        assertEquals("[[BIGINT, year of study]]", rows("select data_type, remarks from information_schema.columns "
                + "where table_name = 'STUDENTS' and column_name = 'LEVEL'").toString());
        assertEquals("[[who attends]]", rows("select remarks from information_schema.tables "
                + "where table_name = 'STUDENTS'").toString());
        assertThrows(SQLException.class, () -> apply(List.of(
                "insert into students (name, email, enrolled, status) values ('x', 'y', true, 'GONE')")));
        assertThrows(SQLException.class, () -> apply(List.of(
                "insert into students (name, email, enrolled, class_id) values ('x', 'z', true, 7)")));

        apply(plan.downgrade());
        assertEquals(before.toString(),
                rows("select id, name, email, level, \"order\" from students order by id").toString());
        assertEquals("[[ID], [NAME], [EMAIL], [LEVEL], [order]]", rows("select column_name from "
                + "information_schema.columns where table_name = 'STUDENTS' order by ordinal_position").toString());
        assertEquals("[]", rows("select table_name from information_schema.tables where table_name = 'CLASSES'")
                .toString());
        assertEquals("[]", rows("select sequence_name from information_schema.sequences").toString());
        assertEquals("[[IX_STUDENTS_NAME]]", rows("select index_name from information_schema.indexes "
                + "where table_name = 'STUDENTS' and index_name like 'IX%'").toString());
    }

    @Test
    void aNotNullColumnWithoutDefaultFillsExistingRowsAndKeepsNoDefault() throws Exception {
        Schema start = Schemas.of(students());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill(10);
        Table more = table("students").column(id()).column(col("name", ColumnType.varchar(100), false))
                .column(col("email", ColumnType.varchar(255), true)).column(col("level", integer(), true))
                .column(col("order", integer(), true)).column(col("credits", integer(), false)).pk("id")
                .index(new Index("ix_students_name", List.of(IndexColumn.asc("name")), false, null)).build();
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(more), start, dialect, DiffOptions.defaults()));
        assertEquals(PlanWarning.Kind.NOT_NULL_WITHOUT_DEFAULT, plan.warnings().get(0).kind());
        apply(plan.upgrade());
        assertEquals("[[0, 10]]", rows("select min(credits), count(*) from students").toString());
        assertEquals("[[null]]", rows("select column_default from information_schema.columns "
                + "where table_name = 'STUDENTS' and column_name = 'CREDITS'").toString());
    }

    @Test
    void tablesWithAForeignKeyCycleAreCreatedAndDropped() throws Exception {
        Table a = table("a").column(id()).column(col("b_id", bigint(), true)).pk("id")
                .fk(new ForeignKey(null, List.of("b_id"), null, "b", List.of("id"), null, null, null)).build();
        Table b = table("b").column(id()).column(col("a_id", bigint(), true)).pk("id")
                .fk(new ForeignKey(null, List.of("a_id"), null, "a", List.of("id"), null, null, null)).build();
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(a, b), Schema.empty(), dialect,
                DiffOptions.defaults()));
        apply(plan.upgrade());
        apply(List.of("insert into a (id) values (1)", "insert into b (id, a_id) values (1, 1)",
                "update a set b_id = 1"));
        assertThrows(SQLException.class, () -> apply(List.of("update a set b_id = 99")));
        assertEquals(2, rows("select constraint_name from information_schema.table_constraints "
                + "where constraint_type = 'FOREIGN KEY'").size());
        apply(plan.downgrade());
        assertEquals("[]", rows("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC'").toString());
    }

    @Test
    void identityColumnsGenerateValuesAndGeneratorTablesHoldTheirRows() throws Exception {
        Table t = table("item").column(id()).column(col("v", ColumnType.varchar(10), true)).pk("id").build();
        Schema goal = new Schema(List.of(t), List.of(), List.of(new dev.migrations.model.GeneratorTable(null,
                "hibernate_sequences", "sequence_name", 255, "next_val",
                List.of(new dev.migrations.model.GeneratorTable.Segment("item", 0)), null)));
        apply(planner.plan(SchemaDiff.compare(goal, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        apply(List.of("insert into item (v) values ('a')", "insert into item (v) values ('b')"));
        assertEquals("[[1], [2]]", rows("select id from item order by id").toString());
        assertEquals("[[item, 0]]", rows("select sequence_name, next_val from hibernate_sequences").toString());
    }

    @Test
    void aColumnThatBecomesIdentityContinuesAfterItsHighestValueAndTheDowngradeStopsGenerating() throws Exception {
        Table plain = table("item").column(col("id", bigint(), false)).column(col("v", integer(), true)).pk("id")
                .build();
        Table generated = table("item").column(id()).column(col("v", integer(), true)).pk("id").build();
        apply(planner.plan(SchemaDiff.compare(Schemas.of(plain), Schema.empty(), dialect, DiffOptions.defaults()))
                .upgrade());
        apply(List.of("insert into item (id, v) values (41, 1)"));
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(generated), Schemas.of(plain), dialect,
                DiffOptions.defaults()));
        apply(plan.upgrade());
        apply(List.of("insert into item (v) values (2)"));
        assertEquals("[[41], [42]]", rows("select id from item order by id").toString());
        apply(plan.downgrade());
        assertThrows(SQLException.class, () -> apply(List.of("insert into item (v) values (3)")));
    }

    @Test
    void aTableAndSequenceInAnotherSchemaAreCreatedAfterTheirSchemaAndTheDowngradeLeavesTheSchema()
            throws Exception {
        Table events = new Table("audit", "audit_events", null, List.of(id(), col("actor", ColumnType.varchar(50),
                true)), dev.migrations.model.PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), null);
        Schema goal = new Schema(List.of(events), List.of(new dev.migrations.model.Sequence("audit", "event_seq", 1,
                50, null)), List.of());
        MigrationPlan plan = planner.plan(SchemaDiff.compare(goal, Schema.empty(), dialect, DiffOptions.defaults()));
        assertEquals("create schema if not exists audit", plan.upgrade().get(0));
        apply(plan.upgrade());
        apply(List.of("insert into audit.audit_events (actor) values ('ann')"));
        assertEquals("[[ann]]", rows("select actor from audit.audit_events").toString());
        apply(plan.downgrade());
        assertEquals("[]", rows("select table_name from information_schema.tables where table_schema = 'AUDIT'")
                .toString());
        assertEquals("[[AUDIT]]", rows("select schema_name from information_schema.schemata "
                + "where schema_name = 'AUDIT'").toString());
        apply(plan.upgrade());
    }

    @Test
    void anInListOnAnIntegerColumnIsWrittenWithNumbers() throws Exception {
        Table asset = table("asset").column(id()).column(col("kind", integer(), false)).pk("id")
                .check(new dev.migrations.model.CheckConstraint(null,
                        new dev.migrations.model.CheckCondition.InValues("kind", List.of("1", "2")), null))
                .build();
        List<String> upgrade = planner.plan(SchemaDiff.compare(Schemas.of(asset), Schema.empty(), dialect,
                DiffOptions.defaults())).upgrade();
        assertTrue(upgrade.get(0).contains("check (kind in (1, 2))"), upgrade.get(0));
        apply(upgrade);
        apply(List.of("insert into asset (kind) values (2)"));
        assertThrows(SQLException.class, () -> apply(List.of("insert into asset (kind) values (3)")));
    }

    private void fill(int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement s = c.prepareStatement(
                     "insert into students (name, email, level, \"order\") values (?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                s.setString(1, "student " + i);
                s.setString(2, "s" + i + "@example.com");
                s.setInt(3, i % 6);
                s.setInt(4, i);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void apply(List<String> statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(sql + " -> " + e.getMessage(), e);
                }
            }
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<List<Object>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }
}
