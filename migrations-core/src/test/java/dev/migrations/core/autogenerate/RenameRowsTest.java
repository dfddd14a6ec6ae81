package dev.migrations.core.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.testing.TestDatabase;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @RenamedFrom} on an entity and on attributes, through the real path (model → diff → plan → script → runner)
 * on every database: a table with rows, an index, a unique constraint, a check and a foreign key from another table
 * is renamed with three of its columns, and the referencing table's foreign key column too. Every value survives
 * the upgrade and the downgrade, the constraints keep holding, and a second comparison finds nothing.
 */
class RenameRowsTest {

    @TempDir
    Path dir;
    private TestDatabase database;

    @AfterEach
    void cleanUp() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    /**
     * Before: {@code customers(id, mail unique, status in ('A','B'), name indexed, level 0..9)} and
     * {@code orders(id, customer_id → customers.id, note)}. After: {@code clients(id, email, state, full_name, level)}
     * and {@code orders(id, client_id → clients.id, note)}, each renamed object hinted with its earlier name.
     */
    private static Schema model(boolean renamed) {
        return model(renamed, 50);
    }

    private static Schema model(boolean renamed, int nameLength) {
        String table = renamed ? "clients" : "customers";
        String mail = renamed ? "email" : "mail";
        String status = renamed ? "state" : "status";
        String name = renamed ? "full_name" : "name";
        Table customers = new Table(null, table, null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                hinted(Column.of(mail, ColumnType.varchar(100), false, null), renamed, "mail"),
                hinted(Column.of(status, ColumnType.varchar(10), true, null), renamed, "status"),
                hinted(Column.of(name, ColumnType.varchar(nameLength), true, null), renamed, "name"),
                Column.of("level", ColumnType.of(TypeKind.INTEGER), true, null)),
                PrimaryKey.of("id"), List.of(new UniqueConstraint(null, List.of(mail), null)),
                List.of(new Index("ix_" + table + "_" + name, List.of(IndexColumn.asc(name)), false, null)), List.of(),
                List.of(new CheckConstraint(null, new CheckCondition.InValues(status, List.of("A", "B")), null),
                        new CheckConstraint(null, new CheckCondition.Range("level", 0L, 9L), null)),
                null, renamed ? List.of("customers") : List.of());
        String customerId = renamed ? "client_id" : "customer_id";
        Table orders = new Table(null, "orders", null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                hinted(Column.of(customerId, ColumnType.of(TypeKind.BIGINT), false, null), renamed, "customer_id"),
                Column.of("note", ColumnType.varchar(20), true, null)),
                PrimaryKey.of("id"), List.of(), List.of(),
                List.of(new ForeignKey(null, List.of(customerId), null, table, List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, null)), List.of(), null);
        return new Schema(List.of(customers, orders), List.of(), List.of());
    }

    private static Column hinted(Column c, boolean renamed, String earlier) {
        return renamed ? c.withRenamedFrom(List.of(earlier)) : c;
    }

    private ModelSource write(Schema schema, String name) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, ModelJson.write(schema));
        return ModelSource.file(file);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void renamesKeepEveryValueAndConstraintBothWays(TestDatabase.Kind kind) throws Exception {
        database = TestDatabase.create(kind, dir);
        String url = database.url();
        Migrations migrations = Migrations.configure().url(url).scriptLocation(dir.resolve("migrations")).load();
        migrations.revision(RevisionRequest.of("customers").withAutogenerate(write(model(false), "v1")));
        migrations.upgrade("head");
        execute(url, "insert into customers (id, mail, status, name, level) values (1, 'ann@x.org', 'A', 'Ann', 3)",
                "insert into customers (id, mail, status, name, level) values (2, 'bob@x.org', 'B', 'Bob', null)",
                "insert into customers (id, mail, status, name, level) values (3, 'cy@x.org', null, null, 9)",
                "insert into orders (id, customer_id, note) values (10, 1, 'first')",
                "insert into orders (id, customer_id, note) values (11, 1, null)",
                "insert into orders (id, customer_id, note) values (12, 3, 'third')");
        List<String> customers = List.of("1|ann@x.org|A|Ann|3", "2|bob@x.org|B|Bob|null", "3|cy@x.org|null|null|9");
        List<String> orders = List.of("10|1|first", "11|1|null", "12|3|third");

        RevisionResult rename = migrations.revision(RevisionRequest.of("rename customers")
                .withAutogenerate(write(model(true), "v2")));
        String script = Files.readString(rename.path()).toLowerCase(Locale.ROOT);
        assertTrue(script.contains("rename"), script);
        assertFalse(script.contains("drop table") || script.contains("drop column") || script.contains("add column"),
                script);
        assertTrue(rename.warnings().stream().noneMatch(w -> w.startsWith("DS") || w.startsWith("RN")),
                rename.warnings().toString());
        migrations.upgrade("head");

        assertEquals(customers, query(url, "select id, email, state, full_name, level from clients order by id"));
        assertEquals(orders, query(url, "select id, client_id, note from orders order by id"));
        CheckResult second = migrations.check(write(model(true), "v2"), List.of());
        assertTrue(second.upToDate(), "a second diff is empty: " + second.changes());
        assertConstraintsHold(url, "clients", "email", "state", "client_id");
        assertEquals(customers, query(url, "select id, email, state, full_name, level from clients order by id"));

        migrations.downgrade("-1");
        // the revision stays on disk for the downgrade only: the original model is then the head again
        Files.delete(rename.path());
        assertEquals(customers, query(url, "select id, mail, status, name, level from customers order by id"));
        assertEquals(orders, query(url, "select id, customer_id, note from orders order by id"));
        CheckResult original = migrations.check(write(model(false), "v1"), List.of());
        assertTrue(original.upToDate(), "after the downgrade the schema is the original one: " + original.changes());
        assertConstraintsHold(url, "customers", "mail", "status", "customer_id");
    }

    /**
     * A renamed column whose type also changes is renamed, then altered: on SQLite the type change rebuilds the table,
     * which then already has its new name.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRenamedColumnThatAlsoChangesTypeIsRenamedThenAltered(TestDatabase.Kind kind) throws Exception {
        database = TestDatabase.create(kind, dir);
        String url = database.url();
        Migrations migrations = Migrations.configure().url(url).scriptLocation(dir.resolve("migrations")).load();
        migrations.revision(RevisionRequest.of("customers").withAutogenerate(write(model(false), "v1")));
        migrations.upgrade("head");
        execute(url, "insert into customers (id, mail, status, name, level) values (1, 'ann@x.org', 'A', 'Ann', 3)",
                "insert into orders (id, customer_id, note) values (10, 1, 'first')");

        RevisionResult rename = migrations.revision(RevisionRequest.of("rename and widen")
                .withAutogenerate(write(model(true, 80), "v2")));
        assertTrue(rename.changes().contains("type changed of column 'clients.full_name' from varchar(50) to "
                + "varchar(80)"), rename.changes().toString());
        migrations.upgrade("head");
        assertEquals(List.of("1|ann@x.org|A|Ann|3"),
                query(url, "select id, email, state, full_name, level from clients order by id"));
        assertEquals(List.of("10|1|first"), query(url, "select id, client_id, note from orders"));
        CheckResult second = migrations.check(write(model(true, 80), "v2"), List.of());
        assertTrue(second.upToDate(), "a second diff is empty: " + second.changes());
        assertConstraintsHold(url, "clients", "email", "state", "client_id");

        migrations.downgrade("-1");
        assertEquals(List.of("1|ann@x.org|A|Ann|3"),
                query(url, "select id, mail, status, name, level from customers order by id"));
        assertEquals(List.of("10|1|first"), query(url, "select id, customer_id, note from orders"));
    }

    /**
     * {@code customers} with Hibernate's implicit sequence {@code customers_SEQ} (a one-row table on SQLite) becomes
     * {@code clients} with {@code clients_SEQ}, hinted as the processor hints it.
     */
    private static Schema sequenceModel(boolean renamed) {
        String table = renamed ? "clients" : "customers";
        Table customers = new Table(null, table, null, List.of(
                Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null),
                Column.of("name", ColumnType.varchar(50), true, null)),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), null,
                renamed ? List.of("customers") : List.of());
        Sequence ids = new Sequence(null, table + "_SEQ", 1, 50, null,
                renamed ? List.of("customers_SEQ") : List.of());
        return new Schema(List.of(customers), List.of(ids), List.of());
    }

    /**
     * Rows hold identifiers the implicit sequence handed out; after the rename (and after renaming back) the sequence
     * goes on past every one of them, so the next insert does not collide with a row.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theImplicitSequenceOfARenamedTableKeepsItsValueBothWays(TestDatabase.Kind kind) throws Exception {
        database = TestDatabase.create(kind, dir);
        String url = database.url();
        Migrations migrations = Migrations.configure().url(url).scriptLocation(dir.resolve("migrations")).load();
        migrations.revision(RevisionRequest.of("customers").withAutogenerate(write(sequenceModel(false), "v1")));
        migrations.upgrade("head");
        List<Long> taken = new ArrayList<>();
        for (String name : List.of("Ann", "Bob", "Cy")) {
            long id = nextValue(url, "customers_SEQ");
            taken.add(id);
            execute(url, "insert into customers (id, name) values (" + id + ", '" + name + "')");
        }
        assertEquals(List.of(1L, 51L, 101L), taken);

        RevisionResult rename = migrations.revision(RevisionRequest.of("rename customers")
                .withAutogenerate(write(sequenceModel(true), "v2")));
        // a sequence on PostgreSQL, H2 and MariaDB; a one-row table on SQLite (names as each database folds them)
        String what = kind == TestDatabase.Kind.SQLITE ? "table" : "sequence";
        assertEquals(List.of("renamed table 'customers' to 'clients'", "renamed " + what + " 'customers_seq' to "
                + "'clients_seq'"), rename.changes().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        assertTrue(rename.warnings().stream().noneMatch(w -> w.startsWith("DS") || w.startsWith("RN")),
                rename.warnings().toString());
        migrations.upgrade("head");
        if (kind == TestDatabase.Kind.SQLITE) {
            assertEquals(List.of("151"), query(url, "select next_val from clients_SEQ"), "the row keeps its value");
        }
        long next = nextValue(url, "clients_SEQ");
        assertTrue(next > 101, "the renamed sequence goes on past the rows' identifiers: " + next);
        taken.add(next);
        execute(url, "insert into clients (id, name) values (" + next + ", 'Dee')");
        assertEquals(List.of("Ann", "Bob", "Cy", "Dee"), query(url, "select name from clients order by id"));
        CheckResult second = migrations.check(write(sequenceModel(true), "v2"), List.of());
        assertTrue(second.upToDate(), "a second diff is empty: " + second.changes());

        migrations.downgrade("-1");
        Files.delete(rename.path());
        long back = nextValue(url, "customers_SEQ");
        assertTrue(back > next, "renamed back, the sequence still goes on past every identifier: " + back);
        execute(url, "insert into customers (id, name) values (" + back + ", 'Eve')");
        assertEquals(List.of("Ann", "Bob", "Cy", "Dee", "Eve"), query(url, "select name from customers order by id"));
        CheckResult original = migrations.check(write(sequenceModel(false), "v1"), List.of());
        assertTrue(original.upToDate(), "after the downgrade the schema is the original one: " + original.changes());
    }

    /**
     * The value Hibernate's generator takes from the sequence: {@code nextval}, or on SQLite, where the sequence is a
     * one-row table, the row's value, which it then advances by the increment.
     */
    private long nextValue(String url, String sequence) throws SQLException {
        String sql = switch (database.kind()) {
            case POSTGRESQL -> "select nextval('" + sequence + "')";
            case H2 -> "select next value for " + sequence;
            case MARIADB -> "select nextval(" + sequence + ")";
            case SQLITE -> null;
        };
        if (sql != null) {
            return Long.parseLong(query(url, sql).get(0));
        }
        long value = Long.parseLong(query(url, "select next_val from " + sequence).get(0));
        execute(url, "update " + sequence + " set next_val = " + (value + 50) + " where next_val = " + value);
        return value;
    }

    /** A duplicate, a value outside the check and an order of no customer are each refused. */
    private void assertConstraintsHold(String url, String table, String mail, String status, String customerId) {
        assertThrows(SQLException.class, () -> execute(url, "insert into " + table + " (id, " + mail
                + ") values (4, 'ann@x.org')"), "unique");
        assertThrows(SQLException.class, () -> execute(url, "insert into " + table + " (id, " + mail + ", "
                + status + ") values (5, 'eve@x.org', 'C')"), "check");
        assertThrows(SQLException.class, () -> execute(url, "insert into " + table + " (id, " + mail
                + ", level) values (6, 'fay@x.org', 10)"), "range check");
        assertThrows(SQLException.class, () -> execute(url, "insert into orders (id, " + customerId
                + ") values (13, 99)"), "foreign key");
    }

    private void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (database.kind() == TestDatabase.Kind.SQLITE) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        return TestDatabase.rows(url, sql);
    }
}
