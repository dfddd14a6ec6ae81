package dev.migrations.core.dialect;

import static dev.migrations.core.dialect.Schemas.bigint;
import static dev.migrations.core.dialect.Schemas.col;
import static dev.migrations.core.dialect.Schemas.id;
import static dev.migrations.core.dialect.Schemas.integer;
import static dev.migrations.core.dialect.Schemas.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.sqlite.SqliteDialect;
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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteExecutionTest {

    private static final int ROWS = 3000;
    private final Dialect dialect = new SqliteDialect();
    private final MigrationPlanner planner = new MigrationPlanner(dialect);

    @TempDir
    Path dir;
    private String url;

    @BeforeEach
    void database() {
        url = "jdbc:sqlite:" + dir.resolve("test.db");
    }

    private static Table students() {
        return table("students").column(id())
                .column(col("name", ColumnType.varchar(100), false))
                .column(col("email", ColumnType.varchar(255), true))
                .column(col("level", integer(), true))
                .pk("id").index(new Index("ix_students_name", List.of(IndexColumn.asc("name")), false, null))
                .build();
    }

    private static Table enrollments() {
        return table("enrollments").column(id())
                .column(col("student_id", bigint(), false))
                .column(col("course", ColumnType.varchar(40), false))
                .pk("id")
                .fk(new ForeignKey(null, List.of("student_id"), null, "students", List.of("id"),
                        ReferentialAction.CASCADE, null, null))
                .build();
    }

    private static Table studentsChanged() {
        return table("students").column(id())
                .column(col("name", ColumnType.varchar(200), false))
                .column(col("email", ColumnType.varchar(255), false).withDefaultValue("''"))
                .column(col("level", ColumnType.of(dev.migrations.model.TypeKind.BIGINT), true))
                .column(col("phone", ColumnType.varchar(30), true))
                .column(col("enrolled", ColumnType.of(dev.migrations.model.TypeKind.BOOLEAN), false))
                .column(col("class_id", bigint(), true))
                .pk("id").unique("email")
                .index(new Index("ix_students_name", List.of(IndexColumn.asc("name")), false, null))
                .check(new CheckConstraint(null, new CheckCondition.Range("level", 0L, 5L), null))
                .fk(new ForeignKey(null, List.of("class_id"), null, "classes", List.of("id"), null, null, null))
                .build();
    }

    private static Table classes() {
        return table("classes").column(col("id", bigint(), false)).column(col("title", ColumnType.varchar(50), true))
                .pk("id").build();
    }

    @Test
    void rebuildKeepsEveryRowOfAReferencedTableAndRestoresForeignKeys() throws Exception {
        Schema start = Schemas.of(students(), enrollments());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill();
        List<List<Object>> students = rows("select id, name, email, level from students order by id");
        List<List<Object>> enrollments = rows("select id, student_id, course from enrollments order by id");

        Schema goal = Schemas.of(List.of(studentsChanged(), enrollments(), classes()),
                List.of(new Sequence(null, "students_SEQ", 1, 50, null)));
        MigrationPlan plan = planner.plan(SchemaDiff.compare(goal, start, dialect, DiffOptions.defaults()));
        assertTrue(foreignKeysOff(plan), "a rebuild turns foreign keys off for its duration");

        apply(plan.upgrade());
        assertEquals(students, rows("select id, name, email, level from students order by id"));
        assertEquals(enrollments, rows("select id, student_id, course from enrollments order by id"));
        assertEquals("[[0, " + ROWS + "]]", rows("select min(enrolled), count(*) from students").toString());
        assertEquals(List.of(List.of(1)), rows("select next_val from students_SEQ"));
        assertTrue(rows("pragma foreign_key_check").isEmpty());
        assertEquals(List.of(List.of("ix_students_name")),
                rows("select name from sqlite_master where type = 'index' and tbl_name = 'students' and sql is not null"));
        assertThrows(SQLException.class, () -> apply(List.of("insert into students (name, email, enrolled, level) "
                + "values ('x', 'dup@example.com', 1, 9)")), "the new check is enforced");
        assertEquals(List.of(), rows("select name from sqlite_master where name like 'migrations_%'"));

        apply(plan.downgrade());
        assertEquals(students, rows("select id, name, email, level from students order by id"));
        assertEquals(enrollments, rows("select id, student_id, course from enrollments order by id"));
        assertEquals(List.of(), rows("select name from sqlite_master where name in ('classes', 'students_SEQ')"));
        assertEquals(List.of("id", "name", "email", "level"), columns("students"));
        assertTrue(rows("pragma foreign_key_check").isEmpty());
    }

    @Test
    void severalChangesToOneTableMakeOneRebuildAndAViewOnItSurvives() throws Exception {
        Schema start = Schemas.of(students(), enrollments());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill();
        apply(List.of("create view named_students as select id, name from students"));
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(studentsChanged(), enrollments(), classes()),
                start, dialect, DiffOptions.defaults()));
        assertEquals(1, plan.upgrade().stream().filter(s -> s.startsWith("create table migrations_new_students"))
                .count(), plan.upgrade().toString());
        apply(plan.upgrade());
        assertEquals("[[" + ROWS + "]]", rows("select count(*) from named_students").toString());
        apply(plan.downgrade());
        assertEquals("[[" + ROWS + "]]", rows("select count(*) from named_students").toString());
    }

    @Test
    void aTableThatGainsACascadingForeignKeyToAnotherRebuiltTableKeepsItsRows() throws Exception {
        Table a = table("a").column(id()).column(col("b_id", bigint(), true)).pk("id").build();
        Table b = table("b").column(id()).column(col("label", ColumnType.varchar(10), true)).pk("id").build();
        Schema start = Schemas.of(a, b);
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        apply(List.of("insert into b (id, label) values (1, 'one')", "insert into a (id, b_id) values (1, 1)"));
        Table linkedA = table("a").column(id()).column(col("b_id", bigint(), true)).pk("id")
                .fk(new ForeignKey(null, List.of("b_id"), null, "b", List.of("id"), ReferentialAction.CASCADE, null,
                        null)).build();
        Table widerB = table("b").column(id()).column(col("label", ColumnType.varchar(20), false)).pk("id").build();
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(linkedA, widerB), start, dialect,
                DiffOptions.defaults()));
        assertTrue(foreignKeysOff(plan), "b is referenced once a is rebuilt: " + plan.upgrade());
        applyInTransaction(plan.upgrade(), true);
        assertEquals("[[1, 1]]", rows("select id, b_id from a").toString(), "no cascade deleted the row of a");
        assertEquals("[[1, one]]", rows("select id, label from b").toString());
    }

    @Test
    void deletingAStudentStillCascadesAfterTheReferencedTableWasRebuilt() throws Exception {
        Schema start = Schemas.of(students(), enrollments());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill();
        Schema goal = Schemas.of(studentsChanged(), enrollments(), classes());
        apply(planner.plan(SchemaDiff.compare(goal, start, dialect, DiffOptions.defaults())).upgrade());
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("pragma foreign_keys = on");
            st.execute("delete from students where id = 1");
            try (ResultSet rs = st.executeQuery("select count(*) from enrollments where student_id = 1")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void aScriptRunInOneTransactionBetweenThePragmasKeepsTheRows() throws Exception {
        Schema start = Schemas.of(students(), enrollments());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill();
        List<List<Object>> before = rows("select id, name, email, level from students order by id");
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(studentsChanged(), enrollments(), classes()),
                start, dialect, DiffOptions.defaults()));
        List<String> up = plan.upgrade();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("pragma foreign_keys = on");
            st.execute(up.get(0));
            c.setAutoCommit(false);
            for (String sql : up.subList(1, up.size() - 1)) {
                st.execute(sql);
            }
            c.commit();
            c.setAutoCommit(true);
            st.execute(up.get(up.size() - 1));
            try (ResultSet rs = st.executeQuery("pragma foreign_keys")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        assertEquals(before, rows("select id, name, email, level from students order by id"));
    }

    @Test
    void aRunnerThatKeepsThePragmaInsideItsTransactionFailsWithoutLosingRows() throws Exception {
        Schema start = Schemas.of(students(), enrollments());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill();
        List<List<Object>> before = rows("select id, name, email, level from students order by id");
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(studentsChanged(), enrollments(), classes()),
                start, dialect, DiffOptions.defaults()));
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("pragma foreign_keys = on");
            c.setAutoCommit(false);
            SQLException e = assertThrows(SQLException.class, () -> {
                for (String sql : plan.upgrade()) {
                    st.execute(sql);
                }
            });
            assertTrue(e.getMessage().contains("foreign_keys = 0"), e.getMessage());
            c.rollback();
        }
        assertEquals(before, rows("select id, name, email, level from students order by id"));
        assertEquals("[[" + (ROWS / 2) + "]]", rows("select count(*) from enrollments").toString(),
                "no cascade ran: the guard stopped the script before the first drop");
        assertEquals(List.of("id", "name", "email", "level"), columns("students"));
    }

    @Test
    void aForeignKeyThatExistingRowsViolateFailsTheScript() throws Exception {
        Table child = table("child").column(id()).column(col("parent_id", bigint(), true)).pk("id").build();
        Table parent = table("parent").column(col("id", bigint(), false)).pk("id").build();
        Schema start = Schemas.of(child, parent);
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        apply(List.of("insert into child (parent_id) values (42)"));
        Table linked = table("child").column(id()).column(col("parent_id", bigint(), true)).pk("id")
                .fk(new ForeignKey(null, List.of("parent_id"), null, "parent", List.of("id"), null, null, null))
                .build();
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(linked, parent), start, dialect,
                DiffOptions.defaults()));
        SQLException e = assertThrows(SQLException.class, () -> applyInTransaction(plan.upgrade()));
        assertTrue(e.getMessage().contains("CHECK constraint failed"), e.getMessage());
        assertEquals("[[42]]", rows("select parent_id from child").toString(), "the failed script changed nothing");
        assertEquals(List.of(), rows("select name from sqlite_master where name like 'migrations_%'"));
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
        apply(List.of("pragma foreign_keys = on", "insert into a (id) values (1)", "insert into b (id, a_id) values (1, 1)",
                "update a set b_id = 1"));
        assertEquals(2, rows("select name from sqlite_master where type = 'table'").size());
        assertEquals(1, rows("pragma foreign_key_list(a)").size());
        apply(plan.downgrade());
        assertEquals(List.of(), rows("select name from sqlite_master where type = 'table'"));
    }

    @Test
    void addingANullableColumnAndAnIndexNeedsNoRebuild() throws Exception {
        Schema start = Schemas.of(students());
        apply(planner.plan(SchemaDiff.compare(start, Schema.empty(), dialect, DiffOptions.defaults())).upgrade());
        fill();
        Table more = table("students").column(id()).column(col("name", ColumnType.varchar(100), false))
                .column(col("email", ColumnType.varchar(255), true)).column(col("level", integer(), true))
                .column(col("phone", ColumnType.varchar(30), true)).pk("id")
                .index(new Index("ix_students_email", List.of(new IndexColumn("email", true)), false, null)).build();
        MigrationPlan plan = planner.plan(SchemaDiff.compare(Schemas.of(more), start, dialect, DiffOptions.defaults()));
        assertFalse(foreignKeysOff(plan));
        assertTrue(plan.upgrade().stream().noneMatch(s -> s.contains("migrations_new_")), plan.upgrade().toString());
        apply(plan.upgrade());
        assertEquals(List.of("id", "name", "email", "level", "phone"), columns("students"));
        apply(plan.downgrade());
        assertEquals(List.of("id", "name", "email", "level"), columns("students"));
        assertEquals(List.of(List.of("ix_students_name")),
                rows("select name from sqlite_master where type = 'index' and sql is not null"));
    }

    private void fill() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "insert into students (name, email, level) values (?, ?, ?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    s.setString(1, "student " + i + (i % 7 == 0 ? " 'quoted'" : ""));
                    s.setString(2, "s" + i + "@example.com");
                    if (i % 5 == 0) {
                        s.setNull(3, java.sql.Types.INTEGER);
                    } else {
                        s.setInt(3, i % 6);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into enrollments (student_id, course) values (?, ?)")) {
                for (int i = 1; i <= ROWS; i += 2) {
                    s.setLong(1, i);
                    s.setString(2, "course " + (i % 13));
                    s.addBatch();
                }
                s.executeBatch();
            } catch (SQLException noEnrollmentsTable) {
                // tests without the enrollments table
                c.rollback();
                fillStudentsOnly(c);
            }
            c.commit();
        }
    }

    private void fillStudentsOnly(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into students (name, email, level) values (?, ?, ?)")) {
            for (int i = 1; i <= ROWS; i++) {
                s.setString(1, "student " + i);
                s.setString(2, "s" + i + "@example.com");
                s.setInt(3, i % 6);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    private void apply(List<String> statements) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private void applyInTransaction(List<String> statements) throws SQLException {
        applyInTransaction(statements, false);
    }

    /**
     * Runs the statements between the pragmas in one transaction, as a runner does, on a connection that enforces
     * foreign keys when asked (SQLite's default is not to).
     */
    private void applyInTransaction(List<String> statements, boolean enforcing) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            if (enforcing) {
                st.execute("pragma foreign_keys = on");
            }
            boolean pragmas = statements.get(0).equals(SqliteDialect.FOREIGN_KEYS_OFF);
            List<String> body = pragmas ? statements.subList(1, statements.size() - 1) : statements;
            if (pragmas) {
                st.execute(statements.get(0));
            }
            c.setAutoCommit(false);
            try {
                for (String sql : body) {
                    st.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                if (pragmas) {
                    st.execute(statements.get(statements.size() - 1));
                }
            }
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
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

    private List<String> columns(String table) throws SQLException {
        return rows("select name from pragma_table_info('" + table + "')").stream().map(r -> (String) r.get(0))
                .toList();
    }

    /** Whether the upgrade begins with the rebuild's {@code PRAGMA foreign_keys = OFF}. */
    private static boolean foreignKeysOff(MigrationPlan plan) {
        return !plan.upgrade().isEmpty() && plan.upgrade().get(0).equals(SqliteDialect.FOREIGN_KEYS_OFF);
    }
}
