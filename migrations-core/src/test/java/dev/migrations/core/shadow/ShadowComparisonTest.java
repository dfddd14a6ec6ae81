package dev.migrations.core.shadow;

import dev.migrations.core.api.AutogenerateException;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.CompareAgainst;
import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.RevisionResult;
import dev.migrations.core.autogenerate.Models;
import dev.migrations.core.testing.TestServers;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ModelJson;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code against=scripts}: autogenerate and check compare the model with the revisions replayed into a shadow
 * database, never connect to the configured one, and leave no shadow behind.
 */
class ShadowComparisonTest {

    enum Kind { SQLITE, H2, POSTGRESQL, MARIADB }

    private static final Pattern SHADOW_URL = Pattern.compile("^(?:Comparing the entity model with the revision "
            + "scripts, replayed into a|DEBUG Shadow database created:) [^(]*\\((jdbc:[^)]*)\\)");

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private TestServers.Server server(Kind kind) {
        TestServers.Server server = kind == Kind.POSTGRESQL ? TestServers.postgresql() : TestServers.mariadb();
        closing.add(server);
        return server;
    }

    /** A URL of the kind whose database cannot be reached or does not exist: connecting to it would fail. */
    private String unreachable(Kind kind) {
        return switch (kind) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("absent/target.db");
            case H2 -> "jdbc:h2:tcp://127.0.0.1:1/~/absent";
            // the server runs, the database does not exist: only the shadow database is created there
            case POSTGRESQL, MARIADB -> ServerUrls.withDatabase(server(kind).url(), "absent_" + random());
        };
    }

    private MigrationsBuilder configure(String url) {
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

                    @Override
                    public void debug(String line) {
                        lines.add("DEBUG " + line);
                    }
                });
    }

    private Migrations againstScripts(String url) {
        return configure(url).against(CompareAgainst.SCRIPTS).load();
    }

    private ModelSource model(Schema schema) throws IOException {
        Path file = dir.resolve("classes-" + random() + "/model.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ModelJson.write(schema));
        return ModelSource.file(file);
    }

    private RevisionResult autogenerate(Migrations migrations, Schema schema, String message) throws IOException {
        return migrations.revision(RevisionRequest.of(message).withAutogenerate(model(schema)));
    }

    private CheckResult check(Migrations migrations, Schema schema) throws IOException {
        return migrations.check(model(schema), List.of());
    }

    /** The shadow databases' URLs the comparisons logged. */
    private List<String> shadowUrls() {
        return shadowUrls(false);
    }

    /**
     * @param created from the lines saying a shadow was created (also when its comparison failed), not those
     *                saying what the model was compared with
     */
    private List<String> shadowUrls(boolean created) {
        List<String> urls = new ArrayList<>();
        for (String line : lines) {
            Matcher m = SHADOW_URL.matcher(line);
            if (m.find() && line.startsWith("DEBUG") == created) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void autogenerateAndCheckWorkFromTheScriptsAloneAndLeaveNoShadowBehind(Kind kind) throws Exception {
        String target = unreachable(kind);
        Migrations migrations = againstScripts(target);

        RevisionResult first = autogenerate(migrations, Models.first(), "create school");
        RevisionResult second = autogenerate(migrations, Models.second(), "evolve school");

        assertTrue(first.written() && second.written(), String.join("\n", lines));
        assertEquals(List.of(), first.revision().parents());
        assertEquals(List.of(first.revision().id()), second.revision().parents(), "follows the scripts' head");
        assertTrue(check(migrations, Models.second()).upToDate(), String.join("\n", lines));
        assertFalse(check(migrations, Models.first()).upToDate());
        assertEquals(4, lines.stream().filter(l -> l.startsWith("Comparing the entity model with the revision "
                + "scripts, replayed into a shadow database") && l.endsWith("the configured database is not "
                + "connected")).count(), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Running upgrade")), "the replay is detail only");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DEBUG Shadow database: Running upgrade")));

        List<String> shadows = shadowUrls();
        assertEquals(4, shadows.size());
        assertEquals(4, shadows.stream().distinct().count(), "a new shadow each time");
        assertNoShadowLeft(kind, shadows);
        if (kind == Kind.SQLITE) {
            assertFalse(Files.exists(dir.resolve("absent")), "the configured database was never opened");
        }
        if (kind == Kind.POSTGRESQL || kind == Kind.MARIADB) {
            assertFalse(databases(kind).contains(ServerUrls.database(target).orElseThrow()),
                    "the configured database was never created");
        }

        // the revisions written from the scripts alone take a real database to the model
        String real = realDatabase(kind);
        Migrations onDatabase = configure(real).load();
        onDatabase.upgrade("head");
        assertTrue(check(onDatabase, Models.second()).upToDate());
    }

    private String realDatabase(Kind kind) throws SQLException {
        return switch (kind) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("real.db") + "?foreign_keys=true";
            case H2 -> {
                String url = "jdbc:h2:mem:real_" + random();
                closing.add(DriverManager.getConnection(url));
                yield url;
            }
            case POSTGRESQL, MARIADB -> server(kind).url();
        };
    }

    private void assertNoShadowLeft(Kind kind, List<String> shadows) throws SQLException {
        switch (kind) {
            case SQLITE -> {
                for (String url : shadows) {
                    Path file = Path.of(url.substring("jdbc:sqlite:".length()));
                    assertTrue(file.getParent().getFileName().toString().startsWith("migrations_shadow_"), url);
                    assertFalse(Files.exists(file.getParent()), "deleted: " + file.getParent());
                }
            }
            case H2 -> {
                for (String url : shadows) {
                    assertThrows(SQLException.class, () -> DriverManager.getConnection(url + ";IFEXISTS=TRUE").close(),
                            "closed and gone: " + url);
                }
            }
            case POSTGRESQL, MARIADB -> {
                List<String> left = databases(kind).stream().filter(n -> n.startsWith("migrations_shadow_")).toList();
                assertEquals(List.of(), left, "every shadow database is dropped");
                for (String url : shadows) {
                    assertTrue(ServerUrls.database(url).orElseThrow().startsWith("migrations_shadow_"), url);
                }
            }
        }
    }

    /** Every database on the server. */
    private List<String> databases(Kind kind) throws SQLException {
        String admin = kind == Kind.POSTGRESQL ? TestServers.Kind.POSTGRESQL.adminUrl()
                : TestServers.Kind.MARIADB.adminUrl();
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(kind == Kind.POSTGRESQL ? "SELECT datname FROM pg_database"
                     : "SHOW DATABASES")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    @Test
    void withNoUrlTheShadowIsSqliteAndTheLogSaysSo() throws Exception {
        Migrations migrations = Migrations.configure().scriptLocation(dir.resolve("migrations"))
                .against(CompareAgainst.SCRIPTS).listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }
                }).load();

        RevisionResult first = migrations.revision(RevisionRequest.of("create school")
                .withAutogenerate(model(Models.first())));

        assertTrue(first.written());
        assertTrue(lines.contains("No database URL is configured: the shadow database is SQLite, the embedded "
                + "default"), String.join("\n", lines));
        assertTrue(shadowUrls().get(0).startsWith("jdbc:sqlite:"));
        assertNoShadowLeft(Kind.SQLITE, shadowUrls());
    }

    @Test
    void anH2ShadowKeepsTheCompatibilityModeAndIdentifierSettingsOnly() throws Exception {
        Migrations migrations = againstScripts("jdbc:h2:tcp://127.0.0.1:1/~/absent;MODE=MySQL;AUTO_SERVER=TRUE;"
                + "DATABASE_TO_LOWER=TRUE;USER=app");

        check(migrations, Models.first());

        String shadow = shadowUrls().get(0);
        assertTrue(shadow.matches("jdbc:h2:mem:migrations_shadow_[0-9a-f]{12};MODE=MySQL;DATABASE_TO_LOWER=TRUE"),
                shadow);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aShadowDatabaseThatHoldsTablesIsRefusedAndKept(Kind kind) throws Exception {
        String shadow = switch (kind) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("shadow.db");
            case H2 -> "jdbc:h2:mem:shadow_" + random();
            case POSTGRESQL, MARIADB -> server(kind).url();
        };
        Connection keep = DriverManager.getConnection(shadow);
        closing.add(keep);
        try (Statement s = keep.createStatement()) {
            s.execute("CREATE TABLE precious (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO precious VALUES (1)");
        }
        Migrations migrations = configure(unreachable(kind)).against(CompareAgainst.SCRIPTS).shadowUrl(shadow)
                .load();

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> autogenerate(migrations, Models.first(), "create school"));

        assertEquals("SHADOW-006", e.id());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("is not empty: it holds table precious"),
                e.getMessage());
        try (Statement s = keep.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM precious")) {
            assertTrue(r.next());
            assertEquals(1, r.getInt(1), "nothing of the user's is dropped");
        }
        assertFalse(Files.exists(dir.resolve("migrations")), "no revision written");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmptyShadowDatabaseIsUsedAndEmptiedAgainSoTheNextComparisonCanUseItToo(Kind kind) throws Exception {
        String target = switch (kind) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("absent/target.db");
            case H2 -> "jdbc:h2:tcp://127.0.0.1:1/~/absent";
            // nothing listens on port 1: the configured database cannot even be reached
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:1/absent";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:1/absent";
        };
        String shadow = switch (kind) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("shadow.db");
            case H2 -> "jdbc:h2:mem:shadow_" + random();
            case POSTGRESQL, MARIADB -> server(kind).url();
        };
        if (kind == Kind.SQLITE) {
            // an existing, empty file is emptied again; a missing one is deleted (below)
            DriverManager.getConnection(shadow).close();
        }
        Connection keep = kind == Kind.H2 ? DriverManager.getConnection(shadow) : null;
        if (keep != null) {
            closing.add(keep);
        }
        Migrations migrations = configure(target).against(CompareAgainst.SCRIPTS).shadowUrl(shadow).load();

        autogenerate(migrations, Models.first(), "create school");
        autogenerate(migrations, Models.second(), "evolve school");
        assertTrue(check(migrations, Models.second()).upToDate(), String.join("\n", lines));

        assertFalse(lines.stream().anyMatch(l -> l.contains("SHADOW-009")), String.join("\n", lines));
        try (Connection c = DriverManager.getConnection(shadow)) {
            Schema left = dev.migrations.core.introspect.SchemaReader.defaults().read(c);
            assertEquals(List.of(), left.tables().stream().map(Table::name).toList(), "emptied");
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM migrations_version")) {
                assertTrue(r.next());
                assertEquals(0, r.getInt(1));
            }
        }
    }

    @Test
    void aMissingSqliteShadowFileIsDeletedAfterwards() throws Exception {
        Path file = dir.resolve("scratch/shadow.db");
        Migrations migrations = configure("jdbc:sqlite:" + dir.resolve("target.db")).against(CompareAgainst.SCRIPTS)
                .shadowUrl("jdbc:sqlite:" + file).load();

        assertTrue(autogenerate(migrations, Models.first(), "create school").written());

        assertFalse(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("target.db")));
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
    void aRevisionThatFailsInTheShadowIsReportedAndTheShadowIsStillRemoved(Kind kind) throws Exception {
        String target = unreachable(kind);
        Migrations migrations = againstScripts(target);
        autogenerate(migrations, Models.first(), "create school");
        configure(target).load().revision(RevisionRequest.of("broken").withBodies("CREATE TABLE (oops;\n", ""));

        DatabaseException e = assertThrows(DatabaseException.class, () -> check(migrations, Models.first()));

        assertEquals("SHADOW-008", e.id());
        assertTrue(e.getMessage().contains("the configured database was not touched"), e.getMessage());
        assertTrue(e.getMessage().contains("broken"), e.getMessage());
        List<String> created = shadowUrls(true);
        assertEquals(2, created.size(), String.join("\n", lines));
        assertNoShadowLeft(kind, created);
    }

    @Test
    void severalHeadsAreRefusedBeforeAnyShadowIsMade() throws Exception {
        Migrations migrations = againstScripts("jdbc:sqlite:" + dir.resolve("target.db"));
        Migrations plain = configure("jdbc:sqlite:" + dir.resolve("target.db")).load();
        plain.revision(RevisionRequest.of("one").withHead("base"));
        plain.revision(RevisionRequest.of("two").withHead("base"));

        AutogenerateException e = assertThrows(AutogenerateException.class,
                () -> autogenerate(migrations, Models.first(), "three"));

        assertEquals("AUTOGEN-003", e.id());
        assertTrue(shadowUrls().isEmpty());
    }

    @Test
    void badShadowConfigurationIsRefusedBeforeAnythingIsTouched() throws Exception {
        String sqlite = "jdbc:sqlite:" + dir.resolve("target.db");
        assertEquals("SHADOW-001", assertThrows(ConfigurationException.class,
                () -> CompareAgainst.parse("live")).id());
        assertEquals(CompareAgainst.SCRIPTS, CompareAgainst.parse(" Scripts "));
        assertEquals(CompareAgainst.DATABASE, CompareAgainst.parse(null));
        assertEquals("SHADOW-002", assertThrows(ConfigurationException.class,
                () -> configure(sqlite).shadowUrl("postgres://db/app").load()).id());
        assertEquals("SHADOW-003", assertThrows(ConfigurationException.class,
                () -> configure(sqlite).shadowUrl(sqlite).load()).id());
        ConfigurationException other = assertThrows(ConfigurationException.class,
                () -> configure(sqlite).shadowUrl("jdbc:h2:mem:x").load());
        assertEquals("SHADOW-004", other.id());
        assertTrue(other.getMessage().contains("is H2, but the database"), other.getMessage());
        assertEquals("SHADOW-002", failure(configure("jdbc:mariadb://127.0.0.1:1/app")
                .against(CompareAgainst.SCRIPTS).shadowUrl("jdbc:mariadb://127.0.0.1:1/").load()).id());

        MigrationsException generic = failure(againstScripts("jdbc:hsqldb:hsql://127.0.0.1:1/absent"));
        assertEquals("SHADOW-005", generic.id());
        assertTrue(generic.getMessage().contains("HSQLDB has no automatic one"), generic.getMessage());
        MigrationsException dataSource = failure(Migrations.configure().dataSource(unusableDataSource())
                .scriptLocation(dir.resolve("migrations")).against(CompareAgainst.SCRIPTS).load());
        assertEquals("SHADOW-005", dataSource.id());
        assertFalse(Files.exists(dir.resolve("migrations")), "nothing written");
        assertFalse(Files.exists(dir.resolve("target.db")), "nothing created");
    }

    private MigrationsException failure(Migrations migrations) {
        return assertThrows(MigrationsException.class, () -> autogenerate(migrations, Models.first(), "x"));
    }

    /** A DataSource that fails the test when asked for a connection: the target must never be connected to. */
    private static DataSource unusableDataSource() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(ShadowComparisonTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw new AssertionError("connected to the configured database");
                    }
                    return method.getName().equals("toString") ? "a DataSource never to be used" : null;
                });
    }

    @Test
    void anotherDatabaseWithAnEmptyShadowUrlOfItsOwnWorks() throws Exception {
        String shadow = "jdbc:hsqldb:mem:shadow_" + random();
        Migrations migrations = configure("jdbc:hsqldb:hsql://127.0.0.1:1/absent").against(CompareAgainst.SCRIPTS)
                .shadowUrl(shadow).load();

        assertTrue(autogenerate(migrations, Models.first(), "create school").written(), String.join("\n", lines));
        assertTrue(check(migrations, Models.first()).upToDate(), String.join("\n", lines));
        assertTrue(shadowUrls().get(0).startsWith("jdbc:hsqldb:mem:shadow_"));
    }

    @Test
    void onMariaDbTheConfiguredSchemaIsTheShadowDatabaseItselfAndIsNeverCreated() throws Exception {
        String target = unreachable(Kind.MARIADB);
        String schema = "absent_schema_" + random();
        Migrations migrations = configure(target).schema(schema).against(CompareAgainst.SCRIPTS).load();

        autogenerate(migrations, Models.first(), "create school");
        assertTrue(check(migrations, Models.first()).upToDate(), String.join("\n", lines));
        assertFalse(databases(Kind.MARIADB).contains(schema), "the configured schema is a database of the server");

        Table elsewhere = new Table("reports", "summary", null, List.of(Column.of("id",
                ColumnType.of(TypeKind.BIGINT), false, null)), PrimaryKey.of("id"), List.of(), List.of(), List.of(),
                List.of(), null);
        Schema model = new Schema(List.of(elsewhere), List.of(), List.of());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> check(migrations, model));
        assertEquals("SHADOW-010", e.id());
        assertTrue(e.getMessage().contains("names the databases reports"), e.getMessage());
        assertNoShadowLeft(Kind.MARIADB, List.of());
    }

    @Test
    void onPostgresqlTheConfiguredSchemaIsMadeInTheShadowDatabaseAndComparedThere() throws Exception {
        String target = unreachable(Kind.POSTGRESQL);
        Migrations migrations = configure(target).schema("app").against(CompareAgainst.SCRIPTS).load();

        RevisionResult first = autogenerate(migrations, Models.first(), "create school");

        assertTrue(first.written());
        assertTrue(check(migrations, Models.first()).upToDate(), String.join("\n", lines));
        assertTrue(lines.contains("DEBUG Shadow database: Created the schema app"), String.join("\n", lines));
        assertNoShadowLeft(Kind.POSTGRESQL, shadowUrls());
    }

    @Test
    void serverUrlsKeepHostsAndOptions() {
        assertEquals("jdbc:postgresql://db:5432/other?user=ci&ssl=true",
                ServerUrls.withDatabase("jdbc:postgresql://db:5432/app?user=ci&ssl=true", "other"));
        assertEquals("jdbc:postgresql://db/other", ServerUrls.withDatabase("jdbc:postgresql://db", "other"));
        assertEquals("jdbc:postgresql://a:1,b:2/other", ServerUrls.withDatabase("jdbc:postgresql://a:1,b:2/app",
                "other"));
        assertEquals("jdbc:postgresql:other?user=x", ServerUrls.withDatabase("jdbc:postgresql:app?user=x", "other"));
        assertEquals("jdbc:mariadb://db:3306/?user=root",
                ServerUrls.withDatabase("jdbc:mariadb://db:3306/app?user=root", ""));
        assertEquals("jdbc:mysql:replication://a,b/other", ServerUrls.withDatabase("jdbc:mysql:replication://a,b/app",
                "other"));
        assertEquals("app", ServerUrls.database("jdbc:mariadb://db/app?x=1").orElseThrow());
        assertTrue(ServerUrls.database("jdbc:mariadb://db/?x=1").isEmpty());
        assertTrue(ServerUrls.database("jdbc:mariadb://db").isEmpty());
        assertEquals("app", ServerUrls.database("jdbc:postgresql:app").orElseThrow());
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
