package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.IntegrityException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.UpgradeResult;
import dev.migrations.core.database.sqlite.MigrationLockFile;
import dev.migrations.core.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade with nothing to do answers without the migration lock; anything else still waits for it. While
 * another process applies revisions, an upgrade that checks at the same time never reports the database at head
 * before it is, and no revision is applied twice.
 */
class UnlockedNoOpUpgradeTest {

    private static final Duration SHORT = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @Test
    void anUpgradeWithNothingToDoDoesNotWaitForAHeldLock() throws Exception {
        SqliteFixture db = threeRevisions();
        db.migrations().upgrade("head");
        try (MigrationLockFile held = MigrationLockFile.acquire(MigrationLockFile.besides(db.database), SHORT,
                dev.migrations.core.api.MigrationListener.SILENT)) {
            db.lines.clear();
            UpgradeResult result = quick(db).upgrade("head");
            assertEquals(List.of(), result.applied());
            assertEquals(List.of("cccc00000001"), result.headsBefore());
            assertEquals(List.of("cccc00000001"), result.headsAfter());
            // a target already passed is answered the same way, with the same advice
            assertEquals(List.of(), quick(db).upgrade("bbbb").applied());
        }
    }

    @Test
    void aPendingRevisionStillWaitsForTheLock() throws Exception {
        SqliteFixture db = threeRevisions();
        db.migrations().upgrade("bbbb");
        try (MigrationLockFile held = MigrationLockFile.acquire(MigrationLockFile.besides(db.database), SHORT,
                dev.migrations.core.api.MigrationListener.SILENT)) {
            DatabaseException waited = assertThrows(DatabaseException.class, () -> quick(db).upgrade("head"));
            assertEquals("DB-003", waited.id());
            // a target that is applied needs no lock, even while a later revision is pending
            assertEquals(List.of(), quick(db).upgrade("bbbb").applied());
        }
        assertEquals(1, quick(db).upgrade("head").applied().size());
    }

    @Test
    void aChangedScriptIsReportedUnderTheLockAsBefore() throws Exception {
        SqliteFixture db = threeRevisions();
        db.migrations().upgrade("head");
        Path script = Files.list(db.scripts).filter(p -> p.getFileName().toString().startsWith("bbbb")).findFirst()
                .orElseThrow();
        Files.writeString(script, Files.readString(script).replace("VALUES (2)", "VALUES (22)"));
        try (MigrationLockFile held = MigrationLockFile.acquire(MigrationLockFile.besides(db.database), SHORT,
                dev.migrations.core.api.MigrationListener.SILENT)) {
            // the unlocked reading does not judge a changed script: the locked command does, as it always did
            assertEquals("DB-003", assertThrows(DatabaseException.class, () -> quick(db).upgrade("head")).id());
        }
        assertEquals("INTEGRITY-002", assertThrows(IntegrityException.class, () -> quick(db).upgrade("head")).id());
    }

    @Test
    void checksWhileAnotherConnectionAppliesNeverSkipAndNeverRepeatOnSqlite() throws Exception {
        SqliteFixture db = new SqliteFixture(dir);
        writeCountingRevisions(db.migrations(), 12, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                + "WHERE x < 150000) SELECT count(*) FROM c;");
        checkWhileApplying(() -> Migrations.configure().url(db.url).scriptLocation(db.scripts)
                .lockTimeout(Duration.ofSeconds(60)).load(), () -> connect(db.url), 12);
    }

    @Test
    void checksWhileAnotherProcessAppliesNeverSkipAndNeverRepeatOnSqlite() throws Exception {
        SqliteFixture db = new SqliteFixture(dir);
        int count = 12;
        writeCountingRevisions(db.migrations(), count, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                + "FROM c WHERE x < 300000) SELECT count(*) FROM c;");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classpath, UpgradeInChildProcess.class.getName(), db.url,
                db.scripts.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        Migrations checker = Migrations.configure().url(db.url).scriptLocation(db.scripts)
                .lockTimeout(Duration.ofSeconds(60)).load();
        int checks = 0;
        int appliedHere = 0;
        try {
            // start checking once the other process is in the middle of its upgrade
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (appliedRows(db) < 1) {
                assertTrue(child.isAlive() && System.nanoTime() < deadline, () -> "the child never applied a revision: "
                        + log());
                Thread.sleep(20);
            }
            while (child.isAlive() || checks == 0) {
                UpgradeResult result = checker.upgrade("head");
                appliedHere += result.applied().size();
                checks++;
                // whichever way it answered, the database is at head when it returns
                assertEquals(count, countRows(() -> connect(db.url), "SELECT count(*) FROM migrations_version"),
                        "an upgrade returned before the database was at head");
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertCountedOnce(() -> connect(db.url), count);
        assertTrue(checks >= 1);
        assertTrue(appliedHere <= count);
    }

    @ParameterizedTest
    @EnumSource(TestServers.Kind.class)
    void checksWhileAnotherConnectionAppliesNeverSkipAndNeverRepeatOnServers(TestServers.Kind kind)
            throws Exception {
        try (TestServers.Server server = TestServers.create(kind)) {
            Path scripts = dir.resolve("scripts-" + kind);
            Migrations writer = Migrations.configure().url(server.url()).scriptLocation(scripts).load();
            writeCountingRevisions(writer, 12, kind == TestServers.Kind.POSTGRESQL ? "SELECT pg_sleep(0.05);"
                    : "DO SLEEP(0.05);");
            checkWhileApplying(() -> Migrations.configure().url(server.url()).scriptLocation(scripts)
                    .lockTimeout(Duration.ofSeconds(60)).load(), server::connect, 12);

            // with the lock held elsewhere, the no-op answers at once
            try (Connection holder = server.connect(); Statement s = holder.createStatement()) {
                s.execute(kind == TestServers.Kind.POSTGRESQL
                        ? "SELECT pg_advisory_lock(" + 0x6d69677261746521L + ")"
                        : "SELECT GET_LOCK('migrations:" + server.name() + "', 0)");
                Migrations quick = Migrations.configure().url(server.url()).scriptLocation(scripts).lockTimeout(SHORT)
                        .load();
                assertEquals(List.of(), quick.upgrade("head").applied());
            }
        }
    }

    /**
     * One connection applies; once it has recorded its first revision, two more check in a loop until it is done.
     * Every upgrade that returns must leave the database at head.
     */
    private static void checkWhileApplying(ThrowingSupplier<Migrations> facade, ThrowingSupplier<Connection> connect,
                                           int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean applierDone = new AtomicBoolean();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            Future<Integer> applier = pool.submit(() -> {
                try {
                    return facade.get().upgrade("head").applied().size();
                } finally {
                    applierDone.set(true);
                }
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (recorded(connect) < 1) {
                assertTrue(!applier.isDone() && System.nanoTime() < deadline, "the applier never recorded a revision");
                Thread.sleep(10);
            }
            List<Future<Integer>> checkers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                checkers.add(pool.submit(() -> {
                    int applied = 0;
                    int checks = 0;
                    while (!applierDone.get() || checks == 0) {
                        applied += facade.get().upgrade("head").applied().size();
                        checks++;
                        int rows = countRows(connect, "SELECT count(*) FROM migrations_version");
                        if (rows != count && problems.size() < 3) {
                            problems.add("an upgrade returned with " + rows + " of " + count + " revisions applied");
                        }
                    }
                    return applied;
                }));
            }
            int applied = applier.get(120, TimeUnit.SECONDS);
            for (Future<Integer> checker : checkers) {
                applied += checker.get(120, TimeUnit.SECONDS);
            }
            assertEquals(List.of(), problems);
            assertEquals(count, applied, "every revision applied once in all");
        } finally {
            pool.shutdownNow();
        }
        assertCountedOnce(connect, count);
    }

    /** The version table's rows, 0 while it does not exist yet. */
    private static int recorded(ThrowingSupplier<Connection> connect) {
        try {
            return countRows(connect, "SELECT count(*) FROM migrations_version");
        } catch (Exception e) {
            return 0;
        }
    }

    private static void writeCountingRevisions(Migrations migrations, int count, String slow) {
        migrations.revision(RevisionRequest.of("counter").withRevId("r0000").withHead("base")
                .withBodies("CREATE TABLE counter (n INT);", "DROP TABLE counter;"));
        for (int i = 1; i < count; i++) {
            migrations.revision(RevisionRequest.of("count " + i).withRevId(String.format("r%04d", i))
                    .withBodies(slow + "\nINSERT INTO counter VALUES (" + i + ");",
                            "DELETE FROM counter WHERE n = " + i + ";"));
        }
    }

    private static void assertCountedOnce(ThrowingSupplier<Connection> connect, int count) throws Exception {
        assertEquals(count - 1, countRows(connect, "SELECT count(*) FROM counter"), "a revision ran twice");
        assertEquals(count - 1, countRows(connect, "SELECT count(DISTINCT n) FROM counter"));
        assertEquals(count, countRows(connect, "SELECT count(*) FROM migrations_version"));
    }

    private static int countRows(ThrowingSupplier<Connection> connect, String sql) throws Exception {
        try (Connection c = connect.get(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int appliedRows(SqliteFixture db) {
        try {
            return db.tables().contains("migrations_version") ? db.applied().size() : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private SqliteFixture threeRevisions() {
        SqliteFixture db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "counter", "CREATE TABLE counter (n INTEGER);", "DROP TABLE counter;");
        db.revision("bbbb00000001", "head", "two", "INSERT INTO counter VALUES (2);", "DELETE FROM counter;");
        db.revision("cccc00000001", "head", "three", "INSERT INTO counter VALUES (3);", "DELETE FROM counter;");
        return db;
    }

    private static Migrations quick(SqliteFixture db) {
        return Migrations.configure().url(db.url).scriptLocation(db.scripts).lockTimeout(SHORT).load();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
