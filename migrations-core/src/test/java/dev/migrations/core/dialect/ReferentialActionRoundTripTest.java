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
import dev.migrations.core.testing.TestServers;
import dev.migrations.core.diff.Change;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Referential actions a database enforces alike compare equal; actions it tells apart do not. */
class ReferentialActionRoundTripTest {

    @TempDir
    Path dir;

    private static Schema model(ReferentialAction action) {
        return Schemas.of(
                table("owners").column(id()).pk("id").build(),
                table("things").column(id()).column(col("owner_id", bigint(), true)).pk("id")
                        .fk(new ForeignKey(null, List.of("owner_id"), null, "owners", List.of("id"), action, action,
                                null))
                        .build());
    }

    @Test
    void h2RestrictModelIsUpToDateAfterItsUpgrade() throws SQLException {
        H2Dialect h2 = new H2Dialect();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            upgrade(c, h2, model(ReferentialAction.RESTRICT));
            assertEquals(List.of(), changes(model(ReferentialAction.RESTRICT), read(c), h2));
        }
    }

    @Test
    void h2NoActionModelMatchesAForeignKeyCreatedWithRestrict() throws SQLException {
        H2Dialect h2 = new H2Dialect();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            upgrade(c, h2, model(ReferentialAction.RESTRICT));
            assertEquals(List.of(), changes(model(ReferentialAction.NO_ACTION), read(c), h2));
        }
    }

    @Test
    void postgresqlKeepsEveryActionAndTellsRestrictFromNoAction() throws SQLException {
        PostgresDialect postgres = new PostgresDialect();
        for (ReferentialAction action : ReferentialAction.values()) {
            try (TestServers.Server db = TestServers.postgresql(); Connection c = db.connect()) {
                upgrade(c, postgres, model(action));
                assertEquals(List.of(), changes(model(action), read(c), postgres), action.name());
                if (action == ReferentialAction.RESTRICT) {
                    assertEquals(2, changes(model(ReferentialAction.NO_ACTION), read(c), postgres).size());
                }
            }
        }
    }

    @Test
    void sqliteRestrictModelIsUpToDateAfterItsUpgrade() throws SQLException {
        SqliteDialect sqlite = new SqliteDialect();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("restrict.db"))) {
            upgrade(c, sqlite, model(ReferentialAction.RESTRICT));
            assertEquals(List.of(), changes(model(ReferentialAction.RESTRICT), read(c), sqlite));
        }
    }

    @Test
    void sqliteTellsRestrictFromNoAction() throws SQLException {
        SqliteDialect sqlite = new SqliteDialect();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("distinct.db"))) {
            upgrade(c, sqlite, model(ReferentialAction.NO_ACTION));
            List<String> changes = changes(model(ReferentialAction.RESTRICT), read(c), sqlite);
            assertEquals(2, changes.size(), "the foreign key is dropped and added again: " + changes);
        }
    }

    @Test
    void mariadbRestrictModelIsUpToDateAfterItsUpgrade() throws SQLException {
        MariaDbDialect mariadb = new MariaDbDialect();
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            upgrade(c, mariadb, model(ReferentialAction.RESTRICT));
            assertEquals(List.of(), changes(model(ReferentialAction.RESTRICT), read(c), mariadb));
        }
    }

    /** InnoDB reports an action left out as RESTRICT and enforces both alike: no change either way. */
    @Test
    void mariadbNoActionAndRestrictAreTheSameForeignKey() throws SQLException {
        MariaDbDialect mariadb = new MariaDbDialect();
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            upgrade(c, mariadb, model(ReferentialAction.NO_ACTION));
            assertEquals(List.of(), changes(model(ReferentialAction.RESTRICT), read(c), mariadb));
            assertEquals(List.of(), changes(model(ReferentialAction.NO_ACTION), read(c), mariadb));
            List<String> cascade = changes(model(ReferentialAction.CASCADE), read(c), mariadb);
            assertEquals(2, cascade.size(), "a different action is a new foreign key: " + cascade);
        }
    }

    private static void upgrade(Connection c, Dialect dialect, Schema model) throws SQLException {
        SchemaDiff diff = SchemaDiff.compare(model, read(c), dialect, DiffOptions.defaults());
        try (Statement st = c.createStatement()) {
            for (String sql : new MigrationPlanner(dialect).plan(diff).upgrade()) {
                st.execute(sql);
            }
        }
    }

    private static List<String> changes(Schema model, Schema database, Dialect dialect) {
        return SchemaDiff.compare(model, database, dialect, DiffOptions.defaults()).changes().stream()
                .map(Change::description).toList();
    }

    private static Schema read(Connection c) {
        return SchemaReader.defaults().read(c);
    }
}
