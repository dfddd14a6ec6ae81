package dev.migrations.core.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.postgresql.PostgresDialect;
import dev.migrations.core.testing.ColumnOrder;
import dev.migrations.core.database.mariadb.MariaDbDialect;
import dev.migrations.core.testing.TestServers;
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
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas drawn at random (from fixed seeds, so every run draws the same ones) over one pool of table and column
 * names: the plan from one to the other, read back, must leave nothing to diff, and its downgrade must give back
 * the database it started from.
 */
class RandomRoundTripTest {

    private static final int SCHEMAS = 25;

    @TempDir
    Path dir;

    @Test
    void randomSqliteSchemasRoundTrip() throws SQLException {
        int statements = 0;
        for (int seed = 1; seed <= SCHEMAS; seed++) {
            statements += check(new SqliteDialect(), "jdbc:sqlite:" + dir.resolve("r" + seed + ".db"), seed);
        }
        assertTrue(statements > SCHEMAS * 5, "the random schemas differ enough to exercise the planner: " + statements);
    }

    @Test
    void randomH2SchemasRoundTrip() throws SQLException {
        int statements = 0;
        for (int seed = 1; seed <= SCHEMAS; seed++) {
            statements += check(new H2Dialect(), "jdbc:h2:mem:" + UUID.randomUUID(), seed);
        }
        assertTrue(statements > SCHEMAS * 5, "the random schemas differ enough to exercise the planner: " + statements);
    }

    @Test
    void randomPostgresqlSchemasRoundTrip() throws SQLException {
        int statements = 0;
        for (int seed = 1; seed <= SCHEMAS; seed++) {
            try (TestServers.Server db = TestServers.postgresql()) {
                statements += check(new PostgresDialect(), db.url(), seed);
            }
        }
        assertTrue(statements > SCHEMAS * 5, "the random schemas differ enough to exercise the planner: " + statements);
    }

    @Test
    void randomMariaDbSchemasRoundTrip() throws SQLException {
        int statements = 0;
        for (int seed = 1; seed <= SCHEMAS; seed++) {
            try (TestServers.Server db = TestServers.mariadb()) {
                statements += check(new MariaDbDialect(), db.url(), seed);
            }
        }
        assertTrue(statements > SCHEMAS * 5, "the random schemas differ enough to exercise the planner: " + statements);
    }

    /** Returns how many statements the upgrade had. */
    private static int check(Dialect dialect, String url, int seed) throws SQLException {
        Random random = new Random(seed);
        Schema from = randomSchema(random);
        Schema to = randomSchema(random);
        MigrationPlanner planner = new MigrationPlanner(dialect);
        try (Connection c = DriverManager.getConnection(url)) {
            apply(c, planner.plan(SchemaDiff.compare(from, read(c), dialect, DiffOptions.defaults())).upgrade(), seed);
            Schema start = read(c);
            assertEquals(List.of(), describe(from, start, dialect), "seed " + seed + ": the start reads back");
            MigrationPlan plan = planner.plan(SchemaDiff.compare(to, start, dialect, DiffOptions.defaults()));
            apply(c, plan.upgrade(), seed);
            assertEquals(List.of(), describe(to, read(c), dialect), "seed " + seed + ": a second diff is empty");
            apply(c, plan.downgrade(), seed);
            assertEquals(ColumnOrder.byName(start), ColumnOrder.byName(read(c)),
                    "seed " + seed + ": the downgrade restores the database exactly");
            return plan.upgrade().size();
        }
    }


    private static Schema randomSchema(Random r) {
        List<Table> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : List.of("alpha", "beta", "gamma", "order")) {
            if (r.nextInt(4) > 0) {
                tables.add(randomTable(r, name, names));
                names.add(name);
            }
        }
        List<dev.migrations.model.Sequence> sequences = new ArrayList<>();
        for (String name : List.of("alpha_SEQ", "beta_SEQ")) {
            if (r.nextBoolean()) {
                sequences.add(new dev.migrations.model.Sequence(null, name, 1, r.nextBoolean() ? 1 : 50, null));
            }
        }
        return new Schema(tables, sequences, List.of());
    }

    private static Table randomTable(Random r, String name, List<String> earlier) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null).withIdentity(r.nextBoolean()));
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        for (String col : List.of("c1", "c2", "c3", "c4", "value")) {
            if (r.nextInt(3) == 0) {
                continue;
            }
            ColumnType type = switch (r.nextInt(8)) {
                case 0 -> ColumnType.varchar(10 + 10 * r.nextInt(3));
                case 1 -> ColumnType.of(TypeKind.INTEGER);
                case 2 -> ColumnType.of(TypeKind.BOOLEAN);
                case 3 -> ColumnType.decimal(10, r.nextInt(3));
                case 4 -> ColumnType.of(TypeKind.DATE);
                case 5 -> ColumnType.of(TypeKind.TIMESTAMP).withPrecision(6);
                case 6 -> ColumnType.of(TypeKind.DOUBLE);
                default -> ColumnType.of(TypeKind.BIGINT);
            };
            Column c = Column.of(col, type, r.nextBoolean(), null);
            if (r.nextInt(4) == 0) {
                c = c.withComment("note " + r.nextInt(2));
            }
            if (r.nextInt(4) == 0) {
                c = c.withDefaultValue(switch (type.kind()) {
                    case VARCHAR -> "'x" + r.nextInt(2) + "'";
                    case BOOLEAN -> r.nextBoolean() ? "true" : "false";
                    case DATE, TIMESTAMP -> null;
                    default -> Integer.toString(r.nextInt(3));
                });
            }
            columns.add(c);
            if (r.nextInt(5) == 0) {
                uniques.add(new UniqueConstraint(null, List.of(col), null));
            } else if (r.nextInt(4) == 0) {
                indexes.add(new Index("ix_" + name + "_" + col, List.of(new IndexColumn(col, r.nextBoolean())),
                        false, null));
            }
            if (type.kind() == TypeKind.INTEGER && r.nextInt(3) == 0) {
                checks.add(new CheckConstraint(null, new CheckCondition.Range(col, 0L, (long) r.nextInt(5) + 1), null));
            } else if (type.kind() == TypeKind.VARCHAR && r.nextInt(3) == 0) {
                checks.add(new CheckConstraint(null, new CheckCondition.InValues(col,
                        r.nextBoolean() ? List.of("A", "B") : List.of("B", "A", "C")), null));
            }
        }
        List<String> plain = columns.stream().map(Column::name).filter(n -> n.startsWith("c")).toList();
        if (plain.size() >= 2 && r.nextInt(3) == 0) {
            uniques.add(new UniqueConstraint(null, List.of(plain.get(1), plain.get(0)), null));
        }
        if (plain.size() >= 2 && r.nextInt(3) == 0) {
            indexes.add(new Index("ix_" + name + "_pair", List.of(IndexColumn.asc(plain.get(0)),
                    new IndexColumn(plain.get(1), r.nextBoolean())), r.nextBoolean(), null));
        }
        for (String target : earlier) {
            if (r.nextInt(3) == 0) {
                String col = target + "_id";
                columns.add(Column.of(col, ColumnType.of(TypeKind.BIGINT), true, null));
                fks.add(new ForeignKey(null, List.of(col), null, target, List.of("id"),
                        r.nextBoolean() ? ReferentialAction.CASCADE : ReferentialAction.NO_ACTION, null, null));
            }
        }
        String comment = r.nextInt(3) == 0 ? "table " + name : null;
        return new Table(null, name, comment, columns, PrimaryKey.of("id"), uniques, indexes, fks, checks, null);
    }

    private static List<String> describe(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes().stream()
                .map(Change::description).toList();
    }

    private static Schema read(Connection c) {
        return SchemaReader.defaults().read(c);
    }

    private static void apply(Connection c, List<String> statements, int seed) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("seed " + seed + ": " + sql + " -> " + e.getMessage(), e);
                }
            }
        }
    }
}
