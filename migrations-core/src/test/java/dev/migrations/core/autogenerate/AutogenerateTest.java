package dev.migrations.core.autogenerate;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.introspect.SchemaReader;
import dev.migrations.core.testing.TestServers;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import dev.migrations.core.testing.ColumnOrder;
import dev.migrations.core.testing.TestServers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutogenerateTest {

    /**
     * SQLite with foreign keys enforced on every connection (sqlite-jdbc's default leaves them off), H2, and a fresh
     * database on the PostgreSQL and on the MariaDB server.
     */
    enum Database { SQLITE, H2, POSTGRESQL, MARIADB }

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private Connection keepAlive;
    private TestServers.Server server;

    @AfterEach
    void closeDatabase() throws SQLException {
        if (keepAlive != null) {
            keepAlive.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private String url(Database database) throws SQLException {
        if (database == Database.SQLITE) {
            return "jdbc:sqlite:" + dir.resolve("db.sqlite3") + "?foreign_keys=true";
        }
        if (database == Database.POSTGRESQL) {
            server = TestServers.postgresql();
            return server.url();
        }
        if (database == Database.MARIADB) {
            server = TestServers.mariadb();
            return server.url();
        }
        String url = "jdbc:h2:mem:" + UUID.randomUUID();
        keepAlive = DriverManager.getConnection(url);
        return url;
    }

    private Migrations migrations(String url) {
        return Migrations.configure().url(url).scriptLocation(dir.resolve("migrations"))
                .listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void warn(String line) {
                        lines.add("WARN " + line);
                    }
                }).load();
    }


    private ModelSource model(Schema schema) throws IOException {
        Path file = dir.resolve("classes/META-INF/migrations/model.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ModelJson.write(schema));
        return ModelSource.file(file);
    }

    private RevisionResult autogenerate(Migrations migrations, Schema schema, String message) throws IOException {
        return migrations.revision(RevisionRequest.of(message).withAutogenerate(model(schema)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theFirstRevisionCreatesEveryTableReferencedTablesFirstAndLeavesNothingPending(Database database)
            throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);

        RevisionResult first = autogenerate(migrations, Models.first(), "create school");

        assertTrue(first.written());
        assertEquals(List.of(), first.revision().parents());
        String script = Files.readString(first.path());
        assertTrue(script.toLowerCase().indexOf("create table students")
                < script.toLowerCase().indexOf("create table enrollments"), script);
        assertTrue(lines.contains("Detected added table 'enrollments'"), lines.toString());
        migrations.upgrade("head");
        assertTrue(migrations.check(model(Models.first()), List.of()).upToDate());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSecondModelVersionIsGeneratedAppliedAndRevertedToTheEarlierDatabase(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);
        RevisionResult first = autogenerate(migrations, Models.first(), "create school");
        migrations.upgrade("head");
        execute(url, "insert into classes (id, title) values (1, 'Algebra')",
                "insert into students (id, name, fax, credits) values (1, 'Ann', '555', 5)",
                "insert into enrollments (id, student_id) values (1, 1)");
        Schema before = read(url);
        lines.clear();

        RevisionResult second = autogenerate(migrations, Models.second(), "reshape students");

        assertEquals(List.of(first.revision().id()), second.revision().parents());
        assertTrue(second.changes().contains("added column 'students.phone'"), second.changes().toString());
        assertTrue(second.changes().stream().anyMatch(c -> c.equalsIgnoreCase("removed column 'students.fax'")),
                second.changes().toString());
        assertTrue(second.changes().stream().anyMatch(c -> c.equalsIgnoreCase("removed table 'teachers'")),
                second.changes().toString());
        assertTrue(second.changes().stream().anyMatch(c -> c.startsWith("type changed of column 'students.name'")));
        assertTrue(second.changes().stream().anyMatch(c -> c.startsWith("not null set on column 'students.credits'")));
        assertTrue(second.changes().stream().anyMatch(c -> c.startsWith("added foreign key [class_id]")));
        assertTrue(second.changes().stream().anyMatch(c -> c.startsWith("added index 'ix_students_name'")));
        assertTrue(lines.contains("Detected added column 'students.phone'"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN DS101 (upgrade): table ") && l.toLowerCase().contains("teachers")),
                lines.toString());
        String script = Files.readString(second.path());
        assertTrue(script.contains("-- WARNING DS101: table '"), script);
        // the downgrade section carries its own warnings: it drops the columns the upgrade added
        String downgrade = script.substring(script.indexOf("-- migrate:downgrade"));
        assertTrue(downgrade.contains("-- WARNING DS102: column 'students.phone' is dropped"), downgrade);

        migrations.upgrade("head");

        // failOn refuses a revision whose steps carry a selected code, and writes nothing
        AutogenerateException refused = assertThrows(AutogenerateException.class, () -> migrations.revision(
                RevisionRequest.of("again").withAutogenerate(model(Models.first()))
                        .withFailOn(dev.migrations.core.api.FailOn.parse("DS102"))));
        assertEquals("AUTOGEN-009", refused.id());
        try (var files = Files.list(dir.resolve("migrations"))) {
            assertEquals(2, files.count(), "nothing was written");
        }

        CheckResult after = migrations.check(model(Models.second()), List.of());
        assertTrue(after.upToDate(), after.changes().toString());
        assertEquals(List.of("1|Ann|5"), query(url, "select id, name, credits from students"));
        assertEquals(List.of("1|1"), query(url, "select id, student_id from enrollments"),
                "the rebuild of students must not cascade into enrollments");

        migrations.downgrade("-1");

        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN Revision " + second.revision().id()
                + " downgrade: WARNING DS102: column 'students.phone' is dropped")), lines.toString());
        assertEquals(ColumnOrder.byName(before), ColumnOrder.byName(read(url)));
        assertEquals(List.of("1|1"), query(url, "select id, student_id from enrollments"));
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void aWorkingSchemaHoldsTheTablesAndTheVersionTableAndIsCreatedByTheFirstUpgrade(Database database)
            throws Exception {
        String url = url(database);
        // on MariaDB a schema is a database of the server: its name must not collide with another test's
        String app = database == Database.MARIADB ? server.name() + "_app" : "app";
        try {
            Migrations inApp = Migrations.configure().url(url).scriptLocation(dir.resolve("migrations")).schema(app)
                    .load();
            execute(url, "create table classes (id integer primary key)"); // the default schema's own table

            RevisionResult first = inApp.revision(RevisionRequest.of("create school")
                    .withAutogenerate(model(Models.first())));
            assertTrue(first.changes().contains("added table 'classes'"), first.changes().toString());
            inApp.upgrade("head");

            assertTrue(inApp.check(model(Models.first()), List.of()).upToDate());
            assertEquals(List.of("0"), query(url, "select count(*) from " + app + ".students"));
            assertEquals(List.of(first.revision().id()),
                    query(url, "select version_id from " + app + ".migrations_version"));
            assertFalse(migrations(url).current().versionTableExists(), "nothing is written to the default schema");
            String sql = inApp.sql("base:head");
            assertTrue(sql.contains(database == Database.MARIADB ? "CREATE DATABASE IF NOT EXISTS " + app + ";"
                    : "CREATE SCHEMA IF NOT EXISTS app;"), sql);

            inApp.downgrade("base");

            assertEquals(List.of(), query(url, "select version_id from " + app + ".migrations_version"));
            assertEquals(List.of("0"), query(url, "select count(*) from classes"), "the default schema's table stays");
        } finally {
            if (database == Database.MARIADB) {
                execute(url, "drop database if exists " + app);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void autogenerateWithNoChangesWritesNoFile(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);
        autogenerate(migrations, Models.first(), "create school");
        migrations.upgrade("head");
        lines.clear();

        RevisionResult again = autogenerate(migrations, Models.first(), "nothing");

        assertFalse(again.written());
        assertNull(again.revision());
        assertEquals(List.of("No changes in schema detected."), lines);
        assertEquals(1, scriptCount());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void autogenerateRefusesWhenTheDatabaseIsNotAtHead(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);
        autogenerate(migrations, Models.first(), "create school");

        AutogenerateException refused = assertThrows(AutogenerateException.class,
                () -> autogenerate(migrations, Models.second(), "too early"));

        assertEquals("AUTOGEN-004", refused.id());
        assertTrue(refused.getMessage().contains("the upgrade command"), refused.getMessage());
        assertTrue(refused.userError());
        assertEquals(1, scriptCount());
        assertThrows(AutogenerateException.class, () -> migrations.check(model(Models.second()), List.of()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void autogenerateRefusesSeveralHeads(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);
        migrations.revision(RevisionRequest.of("one").withRevId("aaaa00000001").withHead("base"));
        migrations.revision(RevisionRequest.of("two").withRevId("bbbb00000002").withHead("base"));
        migrations.upgrade("heads");

        AutogenerateException refused = assertThrows(AutogenerateException.class,
                () -> autogenerate(migrations, Models.first(), "branched"));

        assertEquals("AUTOGEN-003", refused.id());
        assertTrue(refused.getMessage().contains("the merge command"), refused.getMessage());
        assertEquals(2, scriptCount());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void checkListsPendingChangesWithoutCreatingTheVersionTable(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);

        CheckResult pending = migrations.check(model(Models.first()), List.of());

        assertFalse(pending.upToDate());
        assertEquals(List.of("added table 'classes'", "added table 'enrollments'", "added table 'students'",
                "added table 'teachers'"), pending.changes());
        assertFalse(migrations.current().versionTableExists());
        assertEquals(0, scriptCount());
        if (database == Database.SQLITE) {
            assertFalse(Files.exists(dir.resolve("db.sqlite3")), "check must not create the database file");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void excludedTablesAndTheVersionTableAreLeftAlone(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = Migrations.configure().url(url).scriptLocation(dir.resolve("migrations"))
                .versionTable("schema_history").load();
        execute(url, "create table legacy_audit (id integer primary key)");
        RevisionResult first = migrations.revision(RevisionRequest.of("create school")
                .withAutogenerate(model(Models.first())).withExclude(List.of("legacy_.*")));
        migrations.upgrade("head");
        assertFalse(Files.readString(first.path()).toLowerCase().contains("legacy_audit"));
        assertFalse(Files.readString(first.path()).contains("schema_history"));

        CheckResult withExclude = migrations.check(model(Models.first()), List.of("LEGACY_.*"));
        CheckResult withoutExclude = migrations.check(model(Models.first()), List.of());

        assertTrue(withExclude.upToDate(), withExclude.changes().toString());
        assertEquals(List.of("removed table '" + (database == Database.H2 ? "LEGACY_AUDIT" : "legacy_audit") + "'"),
                withoutExclude.changes());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anExcludedTableOfTheModelIsNotCreatedEither(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);

        CheckResult pending = migrations.check(model(Models.first()), List.of("teach.*", "class(es)?"));

        assertEquals(List.of("added table 'enrollments'", "added table 'students'"), pending.changes());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anExcludePatternThatIsNotARegularExpressionIsRefusedBeforeAnythingIsRead(Database database)
            throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);

        ConfigurationException bad = assertThrows(ConfigurationException.class, () -> migrations.revision(
                RevisionRequest.of("x").withAutogenerate(model(Models.first())).withExclude(List.of("legacy_[*"))));

        assertEquals("DIFF-002", bad.id());
        assertTrue(bad.getMessage().contains("legacy_[*"), bad.getMessage());
        assertEquals(0, scriptCount());
        if (database == Database.SQLITE) {
            assertFalse(Files.exists(dir.resolve("db.sqlite3")));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aMissingModelSaysToAddTheProcessorAndWritesNothing(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);

        AutogenerateException missing = assertThrows(AutogenerateException.class, () -> migrations.revision(
                RevisionRequest.of("x").withAutogenerate(ModelSource.file(dir.resolve("nowhere/model.json")))));

        assertEquals("AUTOGEN-001", missing.id());
        assertTrue(missing.getMessage().contains("annotationProcessorPaths"), missing.getMessage());
        assertTrue(missing.getMessage().contains("mvn compile"), missing.getMessage());
        assertEquals(0, scriptCount());
        if (database == Database.SQLITE) {
            assertFalse(Files.exists(dir.resolve("db.sqlite3")));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anInvalidModelIsReportedWithItsFileAndWritesNothing(Database database) throws Exception {
        String url = url(database);
        Migrations migrations = migrations(url);
        Path file = dir.resolve("model.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"tables\": [");

        AutogenerateException invalid = assertThrows(AutogenerateException.class, () -> migrations.revision(
                RevisionRequest.of("x").withAutogenerate(ModelSource.file(file))));

        assertEquals("AUTOGEN-002", invalid.id());
        assertTrue(invalid.getMessage().contains(file.toString()), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("mvn clean compile"), invalid.getMessage());
        assertEquals(0, scriptCount());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theModelIsReadFromTheClasspathAtRuntime(Database database) throws Exception {
        String url = url(database);
        Path classes = model(Models.first()).file().getParent().getParent().getParent();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, null)) {
            Migrations migrations = Migrations.configure().url(url).scriptLocation(dir.resolve("migrations"))
                    .classLoader(loader).load();

            assertEquals(4, migrations.check().changes().size());
        }
    }

    private long scriptCount() throws IOException {
        Path scripts = dir.resolve("migrations");
        if (!Files.isDirectory(scripts)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(scripts)) {
            return files.filter(p -> p.toString().endsWith(".sql")).count();
        }
    }

    private static Schema read(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            return SchemaReader.defaults().read(c);
        }
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
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
