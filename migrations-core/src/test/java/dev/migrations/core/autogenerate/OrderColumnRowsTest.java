package dev.migrations.core.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.testing.TestDatabase;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.ModelJson;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adding {@code @OrderColumn} to a list that already holds rows: the order column joins the new key (owner, order),
 * so one value for every row would break the key at the first owner with two elements. The generated upgrade numbers
 * the rows 0..n-1 per owner instead, on every database, with repeated elements too.
 */
class OrderColumnRowsTest {

    @TempDir
    Path dir;
    private TestDatabase database;

    @AfterEach
    void cleanUp() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    private static Table basket() {
        return new Table(null, "basket", null, List.of(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null)),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** The element collection {@code List<String> notes}: without an order column, then with it. */
    private static Schema model(boolean ordered) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.of("basket_id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("notes", ColumnType.varchar(50), true, null)));
        if (ordered) {
            columns.add(Column.of("notes_order", ColumnType.of(TypeKind.INTEGER), false, null));
        }
        Table notes = new Table(null, "basket_notes", null, columns,
                ordered ? PrimaryKey.of("basket_id", "notes_order") : null, List.of(), List.of(),
                List.of(new ForeignKey("fk_notes_basket", List.of("basket_id"), null, "basket", List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null)), List.of(), null);
        return new Schema(List.of(basket(), notes), List.of(), List.of());
    }

    private ModelSource write(Schema schema, String name) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, ModelJson.write(schema));
        return ModelSource.file(file);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOrderColumnNumbersEachOwnersExistingRows(TestDatabase.Kind kind) throws Exception {
        database = TestDatabase.create(kind, dir);
        String url = database.url();
        Migrations migrations = Migrations.configure().url(url).scriptLocation(dir.resolve("migrations")).load();
        migrations.revision(RevisionRequest.of("baskets").withAutogenerate(write(model(false), "v1")));
        migrations.upgrade("head");
        execute(url, "insert into basket (id) values (1)", "insert into basket (id) values (2)",
                "insert into basket_notes (basket_id, notes) values (1, 'milk')",
                "insert into basket_notes (basket_id, notes) values (1, 'milk')",
                "insert into basket_notes (basket_id, notes) values (1, 'bread')",
                "insert into basket_notes (basket_id, notes) values (2, 'tea')");

        RevisionResult ordered = migrations.revision(RevisionRequest.of("order the notes")
                .withAutogenerate(write(model(true), "v2")));
        assertTrue(ordered.warnings().stream().anyMatch(w -> w.contains("0, 1, 2 … within each basket_id")),
                ordered.warnings().toString());
        migrations.upgrade("head");

        assertEquals(List.of("1|0", "1|1", "1|2", "2|0"),
                query(url, "select basket_id, notes_order from basket_notes order by basket_id, notes_order"));
        assertEquals(List.of("1|bread", "1|milk", "1|milk", "2|tea"),
                query(url, "select basket_id, notes from basket_notes order by basket_id, notes"), "no row is lost");
        assertTrue(migrations.check(write(model(true), "v2"), List.of()).upToDate());

        migrations.downgrade("-1");
        assertEquals(4, query(url, "select notes from basket_notes").size());
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        return TestDatabase.rows(url, sql);
    }
}
