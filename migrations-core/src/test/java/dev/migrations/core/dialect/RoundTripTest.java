package dev.migrations.core.dialect;

import static dev.migrations.core.dialect.Schemas.bigint;
import static dev.migrations.core.dialect.Schemas.col;
import static dev.migrations.core.dialect.Schemas.id;
import static dev.migrations.core.dialect.Schemas.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applies a plan, reads the database back, and diffs again: nothing may be left to do. */
class RoundTripTest {

    @TempDir
    Path dir;

    /** A model with every type, key, constraint and generator the processor writes. */
    private static Schema richModel() {
        List<Column> columns = new ArrayList<>(List.of(
                id(),
                col("flag", ColumnType.of(TypeKind.BOOLEAN), false),
                col("tiny", ColumnType.of(TypeKind.TINYINT), true),
                col("small", ColumnType.of(TypeKind.SMALLINT), true),
                col("count", ColumnType.of(TypeKind.INTEGER), false).withDefaultValue("0"),
                col("big", ColumnType.of(TypeKind.BIGINT), true),
                col("ratio", ColumnType.of(TypeKind.FLOAT), true),
                col("score", ColumnType.of(TypeKind.DOUBLE), true),
                col("price", ColumnType.decimal(10, 2), true),
                col("code", new ColumnType(TypeKind.CHAR, 3, null, null), true),
                col("name", ColumnType.varchar(120), false).withComment("display name"),
                col("status", ColumnType.varchar(255), true).withDefaultValue("'DRAFT'"),
                col("body", ColumnType.of(TypeKind.CLOB), true),
                col("raw", new ColumnType(TypeKind.VARBINARY, 255, null, null), true),
                col("photo", ColumnType.of(TypeKind.BLOB), true),
                col("born", ColumnType.of(TypeKind.DATE), true),
                col("alarm", ColumnType.of(TypeKind.TIME).withPrecision(0), true),
                col("created", ColumnType.of(TypeKind.TIMESTAMP).withPrecision(6), true),
                col("seen", ColumnType.of(TypeKind.TIMESTAMP_TZ).withPrecision(6), true),
                col("token", ColumnType.of(TypeKind.UUID), true),
                col("order", ColumnType.of(TypeKind.INTEGER), true),
                col("owner_id", bigint(), true)));
        Table things = new Table(null, "things", "all kinds", columns, PrimaryKey.of("id"),
                List.of(new UniqueConstraint(null, List.of("code", "name"), null)),
                List.of(new Index("ix_things_created", List.of(new IndexColumn("created", true),
                        IndexColumn.asc("name")), false, null)),
                List.of(new ForeignKey(null, List.of("owner_id"), null, "owners", List.of("id"),
                        ReferentialAction.CASCADE, null, null)),
                List.of(new CheckConstraint(null, new CheckCondition.InValues("status",
                                List.of("DRAFT", "PUBLISHED", "ARCHIVED")), null),
                        new CheckConstraint(null, new CheckCondition.Range("tiny", 0L, 2L), null)),
                null);
        Table owners = table("owners").column(col("id", bigint(), false)).column(col("best_thing_id", bigint(), true))
                .pk("id").unique("best_thing_id")
                .fk(new ForeignKey(null, List.of("best_thing_id"), null, "things", List.of("id"), null, null, null))
                .build();
        return new Schema(List.of(things, owners), List.of(new Sequence(null, "owners_SEQ", 1, 50, null)),
                List.of(new GeneratorTable(null, "hibernate_sequences", "sequence_name", 255, "next_val",
                        List.of(new GeneratorTable.Segment("things", 0)), null)));
    }

    /** A later model: columns added, dropped, retyped, made NOT NULL; keys and checks changed. */
    private static Schema changedModel() {
        Schema rich = richModel();
        Table things = rich.tables().get(1);
        List<Column> columns = new ArrayList<>();
        for (Column c : things.columns()) {
            switch (c.name()) {
                case "body" -> { }
                case "name" -> columns.add(c.withType(ColumnType.varchar(200)));
                case "small" -> columns.add(c.withType(ColumnType.of(TypeKind.INTEGER)));
                case "big" -> columns.add(c.withNullable(false).withDefaultValue("7"));
                default -> columns.add(c);
            }
        }
        columns.add(col("phone", ColumnType.varchar(30), true));
        Table changed = new Table(null, "things", "all kinds", columns, PrimaryKey.of("id"),
                List.of(new UniqueConstraint(null, List.of("name"), null)),
                List.of(new Index("ix_things_seen", List.of(IndexColumn.asc("seen")), true, null)),
                List.of(new ForeignKey(null, List.of("owner_id"), null, "owners", List.of("id"),
                        ReferentialAction.SET_NULL, null, null)),
                List.of(new CheckConstraint(null, new CheckCondition.InValues("status",
                        List.of("DRAFT", "PUBLISHED", "ARCHIVED", "DELETED")), null)),
                null);
        Table tags = table("tags").column(id()).column(col("thing_id", bigint(), false))
                .column(col("label", ColumnType.varchar(40), false)).pk("id")
                .fk(new ForeignKey(null, List.of("thing_id"), null, "things", List.of("id"),
                        ReferentialAction.CASCADE, null, null)).build();
        return new Schema(List.of(changed, rich.tables().get(0), tags), rich.sequences(), rich.generatorTables());
    }

    @Test
    void sqliteReadsBackWhatThePlanCreatedAndTheDowngradeLeavesNothing() throws Exception {
        roundTrip(new SqliteDialect(), "jdbc:sqlite:" + dir.resolve("round.db"));
    }

    @Test
    void h2ReadsBackWhatThePlanCreatedAndTheDowngradeLeavesNothing() throws Exception {
        roundTrip(new H2Dialect(), "jdbc:h2:mem:" + UUID.randomUUID());
    }

    @Test
    void sqliteChangesReadBackEqualAndTheDowngradeRestoresTheDatabase() throws Exception {
        changeTrip(new SqliteDialect(), "jdbc:sqlite:" + dir.resolve("change.db"));
    }

    @Test
    void h2ChangesReadBackEqualAndTheDowngradeRestoresTheDatabase() throws Exception {
        changeTrip(new H2Dialect(), "jdbc:h2:mem:" + UUID.randomUUID());
    }

    @Test
    void postgresqlReadsBackWhatThePlanCreatedAndTheDowngradeLeavesNothing() throws Exception {
        try (TestServers.Server db = TestServers.postgresql()) {
            roundTrip(new PostgresDialect(), db.url());
        }
    }

    @Test
    void mariadbReadsBackWhatThePlanCreatedAndTheDowngradeLeavesNothing() throws Exception {
        try (TestServers.Server db = TestServers.mariadb()) {
            roundTrip(new MariaDbDialect(), db.url());
        }
    }

    @Test
    void postgresqlChangesReadBackEqualAndTheDowngradeRestoresTheDatabase() throws Exception {
        try (TestServers.Server db = TestServers.postgresql()) {
            changeTrip(new PostgresDialect(), db.url());
        }
    }

    @Test
    void mariadbChangesReadBackEqualAndTheDowngradeRestoresTheDatabase() throws Exception {
        try (TestServers.Server db = TestServers.mariadb()) {
            changeTrip(new MariaDbDialect(), db.url());
        }
    }

    private void roundTrip(Dialect dialect, String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            Schema empty = read(c);
            MigrationPlanner planner = new MigrationPlanner(dialect);
            MigrationPlan plan = planner.plan(SchemaDiff.compare(richModel(), empty, dialect, DiffOptions.defaults()));
            apply(c, plan.upgrade());
            assertEquals(List.of(), descriptions(richModel(), read(c), dialect), "a second diff finds nothing");
            apply(c, plan.downgrade());
            assertEquals(empty, read(c));
        }
    }

    private void changeTrip(Dialect dialect, String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            MigrationPlanner planner = new MigrationPlanner(dialect);
            apply(c, planner.plan(SchemaDiff.compare(richModel(), read(c), dialect, DiffOptions.defaults()))
                    .upgrade());
            apply(c, List.of("insert into owners (id) values (1)",
                    "insert into things (flag, name, owner_id, tiny, big) values (true, 'a', 1, 1, 5)"));
            Schema before = read(c);
            MigrationPlan plan = planner.plan(SchemaDiff.compare(changedModel(), before, dialect,
                    DiffOptions.defaults()));
            apply(c, plan.upgrade());
            assertEquals(List.of(), descriptions(changedModel(), read(c), dialect), "a second diff finds nothing");
            apply(c, plan.downgrade());
            assertEquals(ColumnOrder.byName(before), ColumnOrder.byName(read(c)),
                    "the downgrade restores the database it started from");
        }
    }


    private static List<String> descriptions(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes().stream()
                .map(Change::description).toList();
    }

    private static Schema read(Connection c) {
        return SchemaReader.defaults().read(c);
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
}
