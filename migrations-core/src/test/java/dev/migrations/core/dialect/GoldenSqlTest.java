package dev.migrations.core.dialect;

import static dev.migrations.core.dialect.Schemas.bigint;
import static dev.migrations.core.dialect.Schemas.col;
import static dev.migrations.core.dialect.Schemas.id;
import static dev.migrations.core.dialect.Schemas.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.postgresql.PostgresDialect;
import dev.migrations.core.database.mariadb.MariaDbDialect;
import dev.migrations.core.database.mariadb.MariaDbFlavor;
import dev.migrations.core.testing.TestServers;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The SQL each dialect writes for each kind of change and for its reverse, compared with reviewed files under
 * {@code src/test/resources/golden}. After a deliberate change, regenerate with {@code -Dgolden.update=true} and
 * review the file's diff.
 */
class GoldenSqlTest {

    private static Table base() {
        return table("students").column(id()).column(col("name", ColumnType.varchar(100), false))
                .column(col("level", ColumnType.of(TypeKind.INTEGER), true))
                .column(col("class_id", bigint(), true)).pk("id").build();
    }

    private static Table classes() {
        return table("classes").column(col("id", bigint(), false)).column(col("order", ColumnType.of(TypeKind.INTEGER), true))
                .pk("id").build();
    }

    private static Table with(UnaryOperator<Table> change) {
        return change.apply(base());
    }

    private static Table copy(Table t, List<dev.migrations.model.Column> columns) {
        return new Table(t.schema(), t.name(), t.comment(), columns, t.primaryKey(), t.uniqueConstraints(),
                t.indexes(), t.foreignKeys(), t.checks(), t.origin());
    }

    /** Each case is {database, model}. */
    private static Map<String, Schema[]> cases() {
        Map<String, Schema[]> cases = new LinkedHashMap<>();
        Schema start = Schemas.of(base(), classes());
        cases.put("add table (reserved word column)", new Schema[] {Schemas.of(base()), start});
        cases.put("add column", new Schema[] {start, Schemas.of(with(t -> copy(t, append(t,
                col("phone", ColumnType.varchar(20), true)))), classes())});
        cases.put("add not null column without default", new Schema[] {start, Schemas.of(with(t -> copy(t,
                append(t, col("credits", ColumnType.of(TypeKind.INTEGER), false)))), classes())});
        cases.put("alter column type", new Schema[] {start, Schemas.of(with(t -> copy(t, replace(t,
                col("name", ColumnType.varchar(200), false)))), classes())});
        cases.put("narrow integer column", new Schema[] {start, Schemas.of(with(t -> copy(t, replace(t,
                col("level", ColumnType.of(TypeKind.SMALLINT), true)))), classes())});
        cases.put("alter column nullability", new Schema[] {start, Schemas.of(with(t -> copy(t, replace(t,
                col("level", ColumnType.of(TypeKind.INTEGER), false)))), classes())});
        cases.put("alter column default", new Schema[] {start, Schemas.of(with(t -> copy(t, replace(t,
                col("level", ColumnType.of(TypeKind.INTEGER), true).withDefaultValue("1")))), classes())});
        cases.put("alter column comment", new Schema[] {start, Schemas.of(with(t -> copy(t, replace(t,
                col("level", ColumnType.of(TypeKind.INTEGER), true).withComment("year of study")))), classes())});
        cases.put("change primary key", new Schema[] {start, Schemas.of(with(t -> new Table(null, t.name(), null,
                t.columns(), dev.migrations.model.PrimaryKey.of("id", "name"), List.of(), List.of(), List.of(),
                List.of(), null)), classes())});
        cases.put("add unique constraint", new Schema[] {start, Schemas.of(with(t -> new Table(null, t.name(), null,
                t.columns(), t.primaryKey(), List.of(new dev.migrations.model.UniqueConstraint(null,
                List.of("name", "level"), null)), List.of(), List.of(), List.of(), null)), classes())});
        cases.put("add index", new Schema[] {start, Schemas.of(with(t -> new Table(null, t.name(), null,
                t.columns(), t.primaryKey(), List.of(), List.of(new Index("ix_students_level",
                List.of(new IndexColumn("level", true), IndexColumn.asc("name")), false, null)), List.of(), List.of(),
                null)), classes())});
        cases.put("add foreign key", new Schema[] {start, Schemas.of(with(t -> new Table(null, t.name(), null,
                t.columns(), t.primaryKey(), List.of(), List.of(), List.of(new ForeignKey(null, List.of("class_id"),
                null, "classes", List.of("id"), ReferentialAction.SET_NULL, null, null)), List.of(), null)),
                classes())});
        cases.put("add check", new Schema[] {start, Schemas.of(with(t -> new Table(null, t.name(), null,
                t.columns(), t.primaryKey(), List.of(), List.of(), List.of(), List.of(new CheckConstraint(null,
                new CheckCondition.Range("level", 0L, 5L), null)), null)), classes())});
        cases.put("add sequence", new Schema[] {start, Schemas.of(List.of(base(), classes()),
                List.of(new Sequence(null, "students_SEQ", 1, 50, null)))});
        Table enrollments = table("enrollments").column(id()).column(col("student_id", bigint(), false)).pk("id")
                .fk(new ForeignKey(null, List.of("student_id"), null, "students", List.of("id"),
                        ReferentialAction.CASCADE, null, null)).build();
        cases.put("rebuild a referenced table", new Schema[] {Schemas.of(base(), enrollments), Schemas.of(with(t ->
                copy(t, replace(t, col("name", ColumnType.varchar(200), false)))), enrollments)});
        return cases;
    }

    /**
     * The shared cases plus what only MariaDB and MySQL write differently: native enums (added, changed, added NOT
     * NULL), comments with quotes and backslashes, names that need backticks, UUIDs.
     */
    private static Map<String, Schema[]> mariadbCases() {
        Map<String, Schema[]> cases = new LinkedHashMap<>(cases());
        Schema start = Schemas.of(base(), classes());
        // the processor's check of an enum attribute names the attribute as its origin
        CheckConstraint states = new CheckConstraint(null, new CheckCondition.InValues("state",
                List.of("ENROLLED", "GRADUATED")), "Student#state");
        Table withEnum = new Table(null, "students", null, append(base(), col("state", ColumnType.varchar(20), true)),
                base().primaryKey(), List.of(), List.of(), List.of(), List.of(states), null);
        cases.put("add string enum column", new Schema[] {start, Schemas.of(withEnum, classes())});
        Table moreStates = new Table(null, "students", null, withEnum.columns(), base().primaryKey(), List.of(),
                List.of(), List.of(), List.of(new CheckConstraint(null, new CheckCondition.InValues("state",
                List.of("ENROLLED", "GRADUATED", "DROPPED")), "Student#state")), null);
        cases.put("change enum values", new Schema[] {Schemas.of(withEnum, classes()), Schemas.of(moreStates,
                classes())});
        Table requiredEnum = new Table(null, "students", null, append(base(), col("state", ColumnType.varchar(20),
                false)), base().primaryKey(), List.of(), List.of(), List.of(), List.of(states), null);
        cases.put("add not null enum column without default", new Schema[] {start, Schemas.of(requiredEnum,
                classes())});
        cases.put("comments with quotes and backslashes", new Schema[] {start, Schemas.of(new Table(null, "students",
                "it's C:\\school", replace(base(), col("name", ColumnType.varchar(100), false)
                .withComment("a 'display' name")), base().primaryKey(), List.of(), List.of(), List.of(), List.of(),
                null), classes())});
        Table group = table("group").column(col("id", bigint(), false).withIdentity(true))
                .column(col("user", ColumnType.varchar(50), true)).column(col("firstName", ColumnType.varchar(50),
                true)).column(col("token", ColumnType.of(TypeKind.UUID), true)).pk("id")
                .index(new Index("ix_group_firstName", List.of(IndexColumn.asc("firstName")), false, null)).build();
        cases.put("reserved and mixed-case names, uuid", new Schema[] {start, Schemas.of(base(), classes(), group)});
        return cases;
    }

    private static List<dev.migrations.model.Column> append(Table t, dev.migrations.model.Column c) {
        List<dev.migrations.model.Column> cols = new java.util.ArrayList<>(t.columns());
        cols.add(c);
        return cols;
    }

    private static List<dev.migrations.model.Column> replace(Table t, dev.migrations.model.Column c) {
        return t.columns().stream().map(x -> x.name().equals(c.name()) ? c : x).toList();
    }

    private static String render(Dialect dialect) {
        return render(dialect, cases());
    }

    private static String render(Dialect dialect, Map<String, Schema[]> cases) {
        StringBuilder sb = new StringBuilder();
        MigrationPlanner planner = new MigrationPlanner(dialect);
        for (Map.Entry<String, Schema[]> e : cases.entrySet()) {
            Schema[] pair = e.getValue();
            Schema database = pair[0];
            Schema model = pair[1];
            MigrationPlan plan = planner.plan(SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()));
            sb.append("== ").append(e.getKey()).append('\n');
            plan.warnings().forEach(w -> sb.append("-- warning ").append(w.line()).append('\n'));
            guards(sb, "upgrade", plan.upgradeGuards());
            sb.append("-- upgrade\n");
            plan.upgrade().forEach(s -> sb.append(s).append(";\n"));
            guards(sb, "downgrade", plan.downgradeGuards());
            sb.append("-- downgrade\n");
            plan.downgrade().forEach(s -> sb.append(s).append(";\n"));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void guards(StringBuilder sb, String direction, List<DataGuard> guards) {
        for (DataGuard guard : guards) {
            sb.append("-- ").append(direction).append(" guard: ").append(guard.step()).append('\n')
                    .append(guard.sql()).append(";\n");
        }
    }

    /** Runs the guards of a section, which must be valid SQL there and find nothing in the kept row. */
    private static void guard(java.sql.Statement st, List<DataGuard> guards, String what) {
        for (DataGuard guard : guards) {
            try (java.sql.ResultSet rs = st.executeQuery(guard.sql())) {
                if (rs.next()) {
                    throw new AssertionError(what + ": the guard " + guard.sql() + " found a row");
                }
            } catch (java.sql.SQLException ex) {
                throw new AssertionError(what + ": " + guard.sql() + " -> " + ex.getMessage(), ex);
            }
        }
    }

    private static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = GoldenSqlTest.class.getResourceAsStream("/golden/" + name)) {
            String expected = in == null ? "(missing golden file " + name + ")"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, actual);
        }
    }

    @Test
    void everyCaseAppliesAndRevertsOnRealDatabases(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        int n = 0;
        for (Map.Entry<String, Schema[]> e : cases().entrySet()) {
            n++;
            for (Dialect dialect : List.of(new SqliteDialect(), new H2Dialect())) {
                String url = dialect instanceof SqliteDialect ? "jdbc:sqlite:" + dir.resolve(n + ".db")
                        : "jdbc:h2:mem:golden" + n;
                MigrationPlanner planner = new MigrationPlanner(dialect);
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                     java.sql.Statement st = c.createStatement()) {
                    run(st, planner.plan(SchemaDiff.compare(e.getValue()[0], Schema.empty(), dialect,
                            DiffOptions.defaults())).upgrade(), e.getKey());
                    st.execute("insert into students (name, level) values ('a', 1)");
                    MigrationPlan plan = planner.plan(SchemaDiff.compare(e.getValue()[1], e.getValue()[0], dialect,
                            DiffOptions.defaults()));
                    guard(st, plan.upgradeGuards(), e.getKey());
                    run(st, plan.upgrade(), e.getKey());
                    guard(st, plan.downgradeGuards(), e.getKey());
                    run(st, plan.downgrade(), e.getKey());
                    try (java.sql.ResultSet rs = st.executeQuery("select name, level from students")) {
                        rs.next();
                        assertEquals("a/1", rs.getString(1) + "/" + rs.getInt(2), e.getKey() + " on " + dialect.name());
                    }
                }
            }
        }
    }

    private static void run(java.sql.Statement st, List<String> statements, String what) throws java.sql.SQLException {
        for (String sql : statements) {
            try {
                st.execute(sql);
            } catch (java.sql.SQLException ex) {
                throw new AssertionError(what + ": " + sql + " -> " + ex.getMessage(), ex);
            }
        }
    }

    @Test
    void sqliteWritesTheReviewedSqlForEachChangeAndItsReverse() throws IOException {
        assertGolden("sqlite.sql", render(new SqliteDialect()));
    }

    @Test
    void h2WritesTheReviewedSqlForEachChangeAndItsReverse() throws IOException {
        assertGolden("h2.sql", render(new H2Dialect()));
    }

    @Test
    void mariadbWritesTheReviewedSqlForEachChangeAndItsReverse() throws IOException {
        assertGolden("mariadb.sql", render(new MariaDbDialect(MariaDbFlavor.MARIADB), mariadbCases()));
    }

    @Test
    void mysqlWritesTheReviewedSqlForEachChangeAndItsReverse() throws IOException {
        assertGolden("mysql.sql", render(new MariaDbDialect(MariaDbFlavor.MYSQL), mariadbCases()));
    }

    @Test
    void postgresqlWritesTheReviewedSqlForEachChangeAndItsReverse() throws IOException {
        assertGolden("postgresql.sql", render(new PostgresDialect()));
    }

    /** Every MariaDB case runs forward and back on the server, with a row kept across it. */
    @Test
    void everyCaseAppliesAndRevertsOnMariaDb() throws Exception {
        everyCaseAppliesAndRevertsOn(TestServers.Kind.MARIADB, new MariaDbDialect(MariaDbFlavor.MARIADB),
                mariadbCases());
    }

    /** Every case runs forward and back on the PostgreSQL server, with a row kept across it. */
    @Test
    void everyCaseAppliesAndRevertsOnPostgresql() throws Exception {
        everyCaseAppliesAndRevertsOn(TestServers.Kind.POSTGRESQL, new PostgresDialect(), cases());
    }

    private static void everyCaseAppliesAndRevertsOn(TestServers.Kind kind, Dialect dialect,
                                                     Map<String, Schema[]> cases) throws Exception {
        MigrationPlanner planner = new MigrationPlanner(dialect);
        for (Map.Entry<String, Schema[]> e : cases.entrySet()) {
            try (TestServers.Server db = TestServers.create(kind); java.sql.Connection c = db.connect();
                 java.sql.Statement st = c.createStatement()) {
                run(st, planner.plan(SchemaDiff.compare(e.getValue()[0], Schema.empty(), dialect,
                        DiffOptions.defaults())).upgrade(), e.getKey());
                st.execute("insert into students (name, level) values ('a', 1)");
                MigrationPlan plan = planner.plan(SchemaDiff.compare(e.getValue()[1], e.getValue()[0], dialect,
                        DiffOptions.defaults()));
                guard(st, plan.upgradeGuards(), e.getKey());
                run(st, plan.upgrade(), e.getKey());
                guard(st, plan.downgradeGuards(), e.getKey());
                run(st, plan.downgrade(), e.getKey());
                try (java.sql.ResultSet rs = st.executeQuery("select name, level from students")) {
                    rs.next();
                    assertEquals("a/1", rs.getString(1) + "/" + rs.getInt(2), e.getKey());
                }
            }
        }
    }
}
