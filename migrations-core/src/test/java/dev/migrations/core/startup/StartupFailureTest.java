package dev.migrations.core.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.MigrationsException;
import dev.migrations.core.api.Mode;
import dev.migrations.core.startup.SharedDatabase.Kind;
import dev.migrations.core.testing.TestServers;
import dev.migrations.model.Table;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a production start reports when it cannot complete: a failing revision (the file, the line, the statement,
 * the way out, and the database left as the docs promise for it), and a database it cannot reach or use (a wrong
 * URL, wrong credentials, an unreachable server, a read-only database, a missing driver): one catalogued line each.
 * The password is never printed: not in the message, not in the exception chain, not in any line the listener gets,
 * at any level.
 */
class StartupFailureTest {

    private static final String SECRET = "Pw-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path dir;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private RevisionFiles scripts;

    @BeforeEach
    void twoRevisions() throws Exception {
        scripts = new RevisionFiles(dir.resolve("scripts"));
        scripts.add("author", """
                CREATE TABLE author (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50));
                INSERT INTO author (id, name) VALUES (1, 'Ada');
                """, "DROP TABLE author;");
    }

    private MigrationsBuilder configure(String url) {
        return Migrations.configure().url(url).scriptLocation(scripts.folder()).mode(Mode.PRODUCTION)
                .lockTimeout(Duration.ofSeconds(10)).listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        lines.add("INFO " + line);
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

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFailingRevisionNamesItsFileStatementAndWayOutAndLeavesTheStateTheDocsPromise(Kind kind) throws Exception {
        scripts.add("shelves", """
                CREATE TABLE shelf (id INTEGER NOT NULL PRIMARY KEY);
                INSERT INTO shelf (id) VALUES (1);
                INSERT INTO nowhere (id) VALUES (1);
                CREATE TABLE box (id INTEGER NOT NULL PRIMARY KEY);
                """, "DROP TABLE shelf;");
        try (SharedDatabase db = SharedDatabase.create(kind, dir)) {
            MigrationFailedException e = assertThrows(MigrationFailedException.class,
                    () -> configure(db.url()).load().start());

            String message = e.getMessage();
            System.out.printf("[failing revision] %s: %s%n", kind, message.replace("\n", "\n    "));
            assertTrue(message.contains("a00000000002_shelves.sql:9"), message);
            assertTrue(message.contains("\n    INSERT INTO nowhere (id) VALUES (1)\n"), message);
            assertTrue(message.contains("The database said: "), message);
            assertEquals(List.of(RevisionFiles.id(1)), e.completed().stream().map(MigrationStep::revision).toList());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("INFO Running upgrade <base> -> a00000000001, author")),
                    lines::toString);
            assertEquals(List.of(RevisionFiles.id(1)), db.appliedRevisions(), "the revision before stays applied");
            assertEquals(List.of("1|Ada"), db.query("SELECT id, name FROM author"));
            if (kind.transactionalDdl()) {
                // SQLite, PostgreSQL: the failing revision is rolled back as a whole
                assertEquals("RUN-001", e.id(), message);
                assertTrue(message.contains("The revision was rolled back: none of its statements remain and no "
                        + "version row was written."), message);
                assertTrue(message.endsWith("Fix the statement and run the upgrade command again."), message);
                assertEquals(List.of("author"), tables(db));
            } else {
                // H2, MariaDB: the statements before the failing one stay, and the report lists them
                assertEquals("RUN-002", e.id(), message);
                assertTrue(message.contains("Statements that ran and stay in effect: line 7, line 8. Statements not "
                        + "run after the failing one: 1. The revision is NOT recorded"), message);
                assertTrue(message.contains("either undo the statements that ran, fix the script and run the upgrade "
                        + "command again; or finish the remaining statements by hand and record the result with the "
                        + "stamp command with target=a00000000002."), message);
                assertEquals(List.of("author", "shelf"), tables(db));
                assertEquals(List.of("1"), db.query("SELECT id FROM shelf"));
                assertEquals(List.of(), db.progressMarks(), "the report said what ran: no mark stays");
            }
        }
    }

    private static List<String> tables(SharedDatabase db) throws Exception {
        return db.schema().tables().stream().map(Table::name).map(n -> n.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    @Test
    void aUrlThatIsNotAJdbcUrl() {
        MigrationsException e = assertThrows(MigrationsException.class,
                () -> configure("postgresql://127.0.0.1/app?user=app&password=" + SECRET).load().start());
        assertOneLineWithoutSecret(e, "CONFIG-003");
        assertTrue(e.getMessage().contains("postgresql://127.0.0.1/app?user=app&password=***"), e.getMessage());
    }

    @Test
    void aDatabaseThatDoesNotExist() throws Exception {
        try (TestServers.Server server = TestServers.postgresql()) {
            String missing = server.url().replace(server.name(), server.name() + "_missing");
            MigrationsException e = assertThrows(MigrationsException.class,
                    () -> configure(missing).password(SECRET).load().start());
            assertOneLineWithoutSecret(e, "DB-002");
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void wrongCredentials(Kind kind) throws Exception {
        try (SharedDatabase db = SharedDatabase.create(kind, dir)) {
            // PostgreSQL trusts local connections here, so the user is the wrong part; MariaDB's root has no password
            String url = kind == Kind.POSTGRESQL ? db.url().replace("user=postgres", "user=nobody_here") : db.url();
            MigrationsException e = assertThrows(MigrationsException.class,
                    () -> configure(url).password(SECRET).load().start());
            assertOneLineWithoutSecret(e, "DB-002");
            assertTrue(e.getMessage().contains(kind == Kind.POSTGRESQL ? "role \"nobody_here\" does not exist"
                    : "Access denied"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void anUnreachableServer(Kind kind) {
        String url = (kind == Kind.POSTGRESQL ? "jdbc:postgresql" : "jdbc:mariadb") + "://127.0.0.1:1/app?user=app"
                + "&password=" + SECRET;
        MigrationsException e = assertThrows(MigrationsException.class, () -> configure(url).load().start());
        assertOneLineWithoutSecret(e, "DB-002");
        assertTrue(e.getMessage().startsWith("[DB-002] Cannot connect to " + url.replace(SECRET, "***")),
                e.getMessage());
    }

    @Test
    void aReadOnlySqliteDatabase() throws Exception {
        Path file = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE existing (id INTEGER)");
        }
        MigrationsException e = assertThrows(MigrationsException.class,
                () -> configure("jdbc:sqlite:" + file + "?open_mode=1").password(SECRET).load().start());
        assertOneLineWithoutSecret(e, "DB-005");
        assertTrue(e.getMessage().contains("readonly database"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Check that the database is reachable and that the user may write to "
                + "it."), e.getMessage());
    }

    @Test
    void aPostgresqlRoleThatMayNotCreateTables() throws Exception {
        String role = "reader_" + UUID.randomUUID().toString().substring(0, 8);
        try (TestServers.Server server = TestServers.postgresql()) {
            try (Connection admin = server.connect(); Statement s = admin.createStatement()) {
                // since PostgreSQL 15 only the owner may create in the public schema; say so for older servers too
                s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + SECRET + "'");
            }
            try {
                String url = server.url().replace("user=postgres", "user=" + role);
                MigrationsException e = assertThrows(MigrationsException.class,
                        () -> configure(url).password(SECRET).load().start());
                assertOneLineWithoutSecret(e, "DB-005");
                assertTrue(e.getMessage().contains("permission denied for schema public"), e.getMessage());
            } finally {
                server.close();
                try (Connection admin = DriverManager.getConnection(TestServers.Kind.POSTGRESQL.adminUrl());
                     Statement s = admin.createStatement()) {
                    s.execute("DROP ROLE IF EXISTS " + role);
                }
            }
        }
    }

    @Test
    void aMariadbUserThatMayOnlyRead() throws Exception {
        String user = "reader_" + UUID.randomUUID().toString().substring(0, 8);
        try (TestServers.Server server = TestServers.mariadb()) {
            execute(server, s -> {
                s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + SECRET + "'");
                s.execute("GRANT SELECT ON " + server.name() + ".* TO '" + user + "'@'%'");
            });
            try {
                String url = server.url().replace("user=root", "user=" + user);
                MigrationsException e = assertThrows(MigrationsException.class,
                        () -> configure(url).password(SECRET).load().start());
                assertOneLineWithoutSecret(e, "DB-005");
                assertTrue(e.getMessage().contains("CREATE command denied"), e.getMessage());
            } finally {
                execute(server, s -> s.execute("DROP USER IF EXISTS '" + user + "'@'%'"));
            }
        }
    }

    @Test
    void aDriverThatIsNotOnTheClasspath() throws Exception {
        // a JVM whose class path lacks the PostgreSQL driver, as an application that forgot the dependency
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>(List.of(classpath.split(java.io.File.pathSeparator)));
        assertTrue(entries.removeIf(entry -> Path.of(entry).getFileName().toString().startsWith("postgresql-")),
                classpath);
        String url = "jdbc:postgresql://127.0.0.1:5432/app?user=app&password=" + SECRET;
        try (Child child = Child.once(url, scripts.folder(), 10, String.join(java.io.File.pathSeparator, entries))) {
            assertEquals(1, child.waitFor(Duration.ofSeconds(60)), child::output);
            String output = child.output();
            assertTrue(output.contains("FAILED DB-001\n[DB-001] No JDBC driver for "
                    + "jdbc:postgresql://127.0.0.1:5432/app?user=app&password=*** is on the classpath. Add "
                    + "org.postgresql:postgresql"), output);
            assertFalse(output.contains(SECRET), output);
        }
        // a database no package knows and no driver accepts
        MigrationsException e = assertThrows(MigrationsException.class,
                () -> configure("jdbc:db2://127.0.0.1:50000/app:password=" + SECRET + ";").load().start());
        assertOneLineWithoutSecret(e, "DB-001");
    }

    @Test
    void aStartThatSucceedsPrintsNoPasswordEither() throws Exception {
        try (TestServers.Server server = TestServers.postgresql()) {
            // the server trusts local connections, so any password is accepted: here it is in the URL and a setting
            configure(server.url() + "&password=" + SECRET).password(SECRET).load().start();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("DEBUG   line 7: CREATE TABLE author")), lines::toString);
            assertTrue(lines.stream().noneMatch(l -> l.contains(SECRET)), lines::toString);
        }
    }

    /** The message is one line that starts with the id; the password is nowhere, at any level. */
    private void assertOneLineWithoutSecret(MigrationsException e, String id) {
        System.out.printf("[start-up failure] %s%n", e.getMessage());
        assertEquals(id, e.id(), e.getMessage());
        assertTrue(e.getMessage().startsWith("[" + id + "] "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));   // every cause and suppressed exception, with its message
        assertFalse(trace.toString().contains(SECRET), trace.toString());
        synchronized (lines) {
            assertTrue(lines.stream().noneMatch(l -> l.contains(SECRET)), lines.toString());
        }
    }

    private static void execute(TestServers.Server server, SqlWork work) throws Exception {
        try (Connection admin = server.connect(); Statement s = admin.createStatement()) {
            work.run(s);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Statement statement) throws Exception;
    }
}
