package dev.migrations.core.develop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DevelopmentResult;
import dev.migrations.core.api.DriftCheck;
import dev.migrations.core.api.IntegrityException;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.Mode;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.StartResult;
import dev.migrations.core.autogenerate.Models;
import dev.migrations.core.testing.TestDatabase;
import dev.migrations.core.testing.TestDatabase.Kind;
import dev.migrations.model.ModelJson;
import dev.migrations.model.Schema;
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
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The start-up API through an application's {@code DataSource} on every database: development mode creates the
 * model's tables and loads the seeds once, production applies the packaged revisions and refuses a database ahead
 * of them, and the drift check compares the result with the model.
 */
class StartupTest {

    @TempDir
    Path dir;
    private TestDatabase database;
    private String url;
    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void cleanUp() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    /** The application's DataSource, of the driver's own kind, on a fresh database. */
    private DataSource dataSource(Kind kind) throws SQLException {
        database = TestDatabase.create(kind, dir);
        url = database.url();
        switch (kind) {
            case SQLITE -> {
                org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
                ds.setUrl(url);
                return ds;
            }
            case H2 -> {
                org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
                ds.setURL(url);
                return ds;
            }
            case POSTGRESQL -> {
                org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                ds.setUrl(url);
                return ds;
            }
            default -> {
                return new org.mariadb.jdbc.MariaDbDataSource(url);
            }
        }
    }

    private MigrationsBuilder configure(DataSource ds, Schema model, Map<String, String> environment)
            throws IOException {
        return Migrations.configure().dataSource(ds).scriptLocation(dir.resolve("migrations"))
                .seedDirectory(dir.resolve("seed")).model(model(model)).environment(environment)
                .listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void warn(String line) {
                        lines.add("WARN " + line);
                    }
                });
    }

    private ModelSource model(Schema schema) throws IOException {
        Path file = dir.resolve("model-" + Integer.toHexString(schema.hashCode()) + ".json");
        Files.writeString(file, ModelJson.write(schema));
        return ModelSource.file(file);
    }

    private void seed(String name, String sql) throws IOException {
        Files.createDirectories(dir.resolve("seed"));
        Files.writeString(dir.resolve("seed").resolve(name), sql);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void developmentCreatesTheTablesAndLoadsEachSeedOnce(Kind kind) throws Exception {
        DataSource ds = dataSource(kind);
        seed("001_classes.sql", "-- two classes\ninsert into classes (id, title) values (1, 'Math');\n"
                + "insert into classes (id, title) values (2, 'Art');\n");
        seed("002_students.sql", "insert into students (id, name) values (1, 'Ada');\n");
        Map<String, String> debug = Map.of("APP_DEBUG", "true");

        StartResult first = configure(ds, Models.first(), debug).load().start();

        assertEquals(Mode.DEVELOPMENT, first.mode());
        assertNull(first.upgrade());
        DevelopmentResult created = first.development();
        assertEquals(4, created.createdTables().size(), created.toString());
        assertEquals(List.of("001_classes.sql", "002_students.sql"), created.seedsRun());
        assertEquals(2, count("classes"));
        assertEquals(1, count("students"));
        assertFalse(tableExists("migrations_version"), "development mode writes no version table");
        assertEquals(2, count("migrations_seed"));
        // the foreign key was created too: an enrollment of a missing student is refused
        assertThrows(SQLException.class, () -> execute("insert into enrollments (id, student_id) values (1, 99)"));

        // a restart creates nothing and loads nothing twice; a new seed file runs
        seed("003_more.sql", "insert into classes (id, title) values (3, 'Music');\n");
        StartResult again = configure(ds, Models.first(), debug).load().start();
        assertEquals(List.of(), again.development().createdTables());
        assertEquals(List.of("001_classes.sql", "002_students.sql"), again.development().seedsSkipped());
        assertEquals(List.of("003_more.sql"), again.development().seedsRun());
        assertEquals(3, count("classes"));

        // a changed model never alters an existing table: the differences are reported, the rows stay
        DevelopmentResult changed = configure(ds, Models.second(), debug).load().createAll();
        assertEquals(List.of(), changed.createdTables());
        assertTrue(changed.differences().stream().anyMatch(d -> d.contains("phone")), changed.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN Left as it is")), lines.toString());
        assertEquals(1, count("students"));
        assertTrue(tableExists("teachers"), "nothing is dropped");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFailingSeedIsRolledBackAndTheEarlierOnesStay(Kind kind) throws Exception {
        DataSource ds = dataSource(kind);
        seed("001_classes.sql", "insert into classes (id, title) values (1, 'Math');\n");
        seed("002_broken.sql", "insert into classes (id, title) values (2, 'Art');\n"
                + "insert into no_such_table (id) values (1);\n");
        Migrations migrations = configure(ds, Models.first(), Map.of()).mode(Mode.DEVELOPMENT).load();

        MigrationFailedException e = assertThrows(MigrationFailedException.class, migrations::start);

        assertEquals("DEV-002", e.id());
        assertTrue(e.getMessage().contains("002_broken.sql") && e.getMessage().contains("no_such_table"),
                e.getMessage());
        assertEquals(1, count("classes"), "the failing seed's first row is rolled back");
        assertEquals(1, count("migrations_seed"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void productionAppliesThePackagedRevisionsThroughTheDataSource(Kind kind) throws Exception {
        DataSource ds = dataSource(kind);
        Migrations writer = configure(ds, Models.first(), Map.of()).load();
        writer.revision(RevisionRequest.of("create school").withAutogenerate(model(Models.first())));
        seed("001_classes.sql", "insert into classes (id, title) values (1, 'Math');\n");

        StartResult started = configure(ds, Models.first(), Map.of("APP_DEBUG", "false"))
                .driftCheck(DriftCheck.FAIL).load().start();

        assertEquals(Mode.PRODUCTION, started.mode());
        assertEquals(1, started.upgrade().applied().size());
        assertEquals(List.of(), started.drift());
        assertTrue(lines.contains("The database matches the entity model."), lines.toString());
        assertEquals(0, count("classes"), "production never loads seed data");
        assertFalse(tableExists("migrations_seed"));
        assertEquals(1, count("migrations_version"));

        // entities changed without a revision: the drift check refuses to start, or warns
        IntegrityException drift = assertThrows(IntegrityException.class, () -> configure(ds, Models.second(),
                Map.of()).driftCheck(DriftCheck.FAIL).load().start());
        assertEquals("RUN-003", drift.id());
        assertTrue(drift.getMessage().contains("phone"), drift.getMessage());
        StartResult warned = configure(ds, Models.second(), Map.of()).driftCheck(DriftCheck.WARN).load().start();
        assertFalse(warned.drift().isEmpty());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WARN The database differs")), lines.toString());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void productionOnADatabaseDevelopmentModeSetUpPointsAtStamp(Kind kind) throws Exception {
        DataSource ds = dataSource(kind);
        configure(ds, Models.first(), Map.of()).load()
                .revision(RevisionRequest.of("create school").withAutogenerate(model(Models.first())));
        seed("001_classes.sql", "insert into classes (id, title) values (1, 'Math');\n");
        configure(ds, Models.first(), Map.of("APP_DEBUG", "true")).load().start();

        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> configure(ds, Models.first(), Map.of("APP_DEBUG", "false")).load().start());

        assertTrue(List.of("RUN-001", "RUN-002").contains(e.id()), e.id()); // RUN-002: DDL outside transactions
        assertTrue(e.getMessage().contains("set up without revisions, by development mode (it holds "
                + "migrations_seed)"), e.getMessage());
        assertTrue(e.getMessage().contains("the stamp command with target=head when they match"), e.getMessage());
        assertEquals(1, count("classes"), "the seeded row is still there");

        // the way out the message gives: the tables match the newest revision
        configure(ds, Models.first(), Map.of()).load().stamp("head", false);
        StartResult started = configure(ds, Models.first(), Map.of("APP_DEBUG", "false"))
                .driftCheck(DriftCheck.FAIL).load().start();
        assertEquals(List.of(), started.upgrade().applied());
        assertEquals(1, count("classes"));
    }

    @Test
    void aFailingFirstRevisionOnAnEmptyVersionHistoryWithoutSeedsNamesTheOtherWays() throws Exception {
        DataSource ds = dataSource(Kind.SQLITE);
        configure(ds, Models.first(), Map.of()).load()
                .revision(RevisionRequest.of("create school").withAutogenerate(model(Models.first())));
        execute("create table classes (id integer primary key)");

        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> configure(ds, Models.first(), Map.of("APP_DEBUG", "false")).load().start());

        assertTrue(e.getMessage().contains("by Hibernate, by hand or by another tool"), e.getMessage());
        assertTrue(e.getMessage().contains("adopt the database (the baseline command)"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void productionRefusesADatabaseAheadOfThePackagedScripts(Kind kind) throws Exception {
        DataSource ds = dataSource(kind);
        Migrations writer = configure(ds, Models.first(), Map.of()).load();
        writer.revision(RevisionRequest.of("create school").withAutogenerate(model(Models.first())));
        writer.upgrade(null);
        Path second = writer.revision(RevisionRequest.of("add phone").withAutogenerate(model(Models.second())))
                .path();
        writer.upgrade(null);
        Files.delete(second);   // an older build of the application, whose jar lacks the newest revision

        IntegrityException e = assertThrows(IntegrityException.class,
                () -> configure(ds, Models.first(), Map.of()).load().start());

        assertEquals("INTEGRITY-001", e.id());
        assertEquals(2, count("migrations_version"), "nothing changed");
    }

    @Test
    void theEnvironmentSwitchIsTrueOrFalse() {
        assertEquals(Mode.DEVELOPMENT, Mode.fromEnvironment(Map.of("APP_DEBUG", " TRUE ")));
        assertEquals(Mode.PRODUCTION, Mode.fromEnvironment(Map.of("APP_DEBUG", "false")));
        assertEquals(Mode.PRODUCTION, Mode.fromEnvironment(Map.of()));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Migrations.configure()
                .url("jdbc:sqlite:x.db").classpathLocation("db/migrations")
                .environment(Map.of("APP_DEBUG", "yes")).load());
        assertEquals("CONFIG-012", e.id());
        assertTrue(e.getMessage().contains("must be true"), e.getMessage());
    }

    @Test
    void aDataSourceAndAUrlTogetherAreRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Migrations.configure()
                .url("jdbc:sqlite:x.db").dataSource(new org.sqlite.SQLiteDataSource())
                .classpathLocation("db/migrations").load());
        assertEquals("CONFIG-011", e.id());
    }

    private long count(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
                try (ResultSet r = c.getMetaData().getTables(c.getCatalog(), null, name, null)) {
                    if (r.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
