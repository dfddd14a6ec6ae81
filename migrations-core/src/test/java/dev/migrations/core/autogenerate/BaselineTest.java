package dev.migrations.core.autogenerate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.core.testing.TestDatabase;
import dev.migrations.core.testing.TestDatabase.Kind;
import dev.migrations.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adopting a database made by hand: the baseline revision, upgraded into a new database, gives the same schema
 * element by element, and the adopted database is stamped at it with its rows untouched.
 */
class BaselineTest {

    @TempDir
    Path dir;
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void cleanUp() throws SQLException {
        for (TestDatabase database : databases) {
            database.close();
        }
    }

    private String database(Kind kind) throws SQLException {
        TestDatabase database = TestDatabase.create(kind, dir);
        databases.add(database);
        return database.url();
    }

    /** A schema written by hand, with each database's own types, as an existing application's would be. */
    private static List<String> handWritten(Kind kind) {
        List<String> sql = new ArrayList<>();
        String text = switch (kind) {
            case H2 -> "VARCHAR_IGNORECASE(30)";
            case POSTGRESQL -> "text";
            case MARIADB -> "tinytext";
            case SQLITE -> "NVARCHAR(30)";
        };
        sql.add("CREATE TABLE owners (id INTEGER NOT NULL PRIMARY KEY, first_name VARCHAR(30), last_name " + text
                + " NOT NULL, city VARCHAR(80) DEFAULT 'Paris', created TIMESTAMP NULL)");
        sql.add("CREATE INDEX owners_last_name ON owners (" + (kind == Kind.MARIADB ? "last_name(20)" : "last_name")
                + ")");
        sql.add("CREATE TABLE types (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(80) NOT NULL, "
                + "CONSTRAINT uk_types_name UNIQUE (name))");
        sql.add("CREATE TABLE pets (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(30) NOT NULL, "
                + "birth_date DATE, weight DECIMAL(6,2), owner_id INTEGER NOT NULL, type_id INTEGER, "
                + "CONSTRAINT ck_pets_weight CHECK (weight > 0), "
                + "CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE, "
                + "CONSTRAINT fk_pets_type FOREIGN KEY (type_id) REFERENCES types (id))");
        sql.add("CREATE INDEX pets_name ON pets (name)");
        if (kind != Kind.SQLITE) {
            sql.add("CREATE SEQUENCE visit_seq START WITH 1 INCREMENT BY 50");
        }
        if (kind == Kind.POSTGRESQL || kind == Kind.H2) {
            sql.add("COMMENT ON TABLE pets IS 'animals seen at the clinic'");
        }
        sql.add("INSERT INTO owners (id, first_name, last_name) VALUES (1, 'George', 'Franklin')");
        sql.add("INSERT INTO types (id, name) VALUES (1, 'cat')");
        sql.add("INSERT INTO pets (id, name, owner_id, type_id, weight) VALUES (1, 'Leo', 1, 1, 4.5)");
        return sql;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewDatabaseUpgradedFromTheBaselineEqualsTheAdoptedOne(Kind kind) throws Exception {
        String existing = database(kind);
        execute(existing, handWritten(kind));
        Schema before = read(existing);
        Path scripts = dir.resolve("migrations");

        RevisionResult adopted = migrations(existing, scripts).baseline("adopt the clinic", "0000aaaa0001", null);

        assertEquals("0000aaaa0001", adopted.revision().id());
        assertTrue(adopted.changes().contains("added table 'pets'") || adopted.changes().contains("added table 'PETS'"),
                adopted.changes().toString());
        assertEquals(List.of("0000aaaa0001"), migrations(existing, scripts).current().heads().stream()
                .map(h -> h.id()).toList(), "the adopted database is stamped at the baseline");
        assertEquals(before, read(existing), "adopting changes nothing but the version table");
        assertEquals(List.of("1"), query(existing, "SELECT count(*) FROM pets"));

        String fresh = database(kind);
        migrations(fresh, scripts).upgrade("head");
        assertEquals(before, read(fresh), Files.readString(adopted.path()));

        migrations(fresh, scripts).downgrade("base");
        assertEquals(List.of(), read(fresh).tables(), "the downgrade drops what the baseline created");
        assertEquals(List.of(), read(fresh).sequences());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "H2"})
    void aBaselineNeedsAnEmptyScriptFolderAnUnmanagedDatabaseAndSomethingToAdopt(Kind kind) throws Exception {
        String empty = database(kind);
        Path scripts = dir.resolve("migrations");
        AutogenerateException nothing = assertThrows(AutogenerateException.class,
                () -> migrations(empty, scripts).baseline(null, null, null));
        assertEquals("AUTOGEN-012", nothing.id());

        String existing = database(kind);
        execute(existing, handWritten(kind));
        migrations(existing, scripts).baseline(null, null, null);
        AutogenerateException twice = assertThrows(AutogenerateException.class,
                () -> migrations(existing, scripts).baseline(null, null, null));
        assertEquals("AUTOGEN-011", twice.id());
        try (Stream<Path> files = Files.list(scripts)) {
            assertEquals(1, files.count(), "the refused second baseline wrote nothing");
        }
    }

    private static Migrations migrations(String url, Path scripts) {
        return Migrations.configure().url(url).scriptLocation(scripts).load();
    }

    private static void execute(String url, List<String> statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             var r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private static Schema read(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            return SchemaReader.defaults().read(c);
        }
    }
}
