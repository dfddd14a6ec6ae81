package dev.migrations.core.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.UpgradeResult;
import dev.migrations.core.testing.TestServers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on a real MariaDB server: non-transactional DDL, the GET_LOCK lock, a version table elsewhere. */
class MariaDbRunnerTest {

    @TempDir
    Path dir;
    TestServers.Server db;
    final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void twoRevisions() {
        db = TestServers.mariadb();
        migrations().revision(RevisionRequest.of("create author").withRevId("aaaa00000001").withHead("base")
                .withBodies("CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(50));", "DROP TABLE author;"));
        migrations().revision(RevisionRequest.of("create book").withRevId("bbbb00000002")
                .withBodies("CREATE TABLE book (id BIGINT PRIMARY KEY, author_id BIGINT REFERENCES author (id));\n"
                        + "INSERT INTO author (id, name) VALUES (1, 'Ada\\'s');", "DROP TABLE book;"));
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    Migrations migrations() {
        return migrations(Duration.ofSeconds(1));
    }

    Migrations migrations(Duration lockTimeout) {
        return Migrations.configure().url(db.url()).scriptLocation(dir).lockTimeout(lockTimeout)
                .listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        log.add(line);
                    }
                }).load();
    }

    @Test
    void upgradeCurrentAndDowngradeWorkOnMariaDb() throws Exception {
        assertFalse(migrations().current().versionTableExists());

        List<MigrationStep> applied = migrations().upgrade("head").applied();

        assertEquals(List.of("aaaa00000001", "bbbb00000002"), applied.stream().map(MigrationStep::revision).toList());
        assertEquals("bbbb00000002", migrations().current().heads().get(0).id());
        assertEquals(List.of("1|Ada's"), query("SELECT id, name FROM author"));

        migrations().downgrade("-1");

        assertEquals(List.of("aaaa00000001"), query("SELECT version_id FROM migrations_version"));
        assertEquals(List.of(), query("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "DATABASE() AND table_name = 'book'"));
    }

    @Test
    void aFailingStatementMidRevisionReportsWhatRanWhatDidNotAndTheWayOut() throws Exception {
        migrations().upgrade("head");
        migrations().revision(RevisionRequest.of("broken").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\n"
                        + "ALTER TABLE shelf ADD COLUMN label VARCHAR(20);\n"
                        + "INSERT INTO nowhere VALUES (1);\n"
                        + "CREATE TABLE never (id BIGINT);", "DROP TABLE shelf;"));

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        String message = failed.getMessage();
        assertEquals("RUN-002", failed.id());
        assertTrue(message.contains("MariaDB commits each DDL statement by itself"), message);
        assertTrue(message.contains("statement 3 of 4 failed"), message);
        assertTrue(message.contains("INSERT INTO nowhere VALUES (1)"), message);
        assertTrue(message.contains("Statements that ran and stay in effect: line 7, line 8."), message);
        assertTrue(message.contains("Statements not run after the failing one: 1."), message);
        assertTrue(message.contains("NOT recorded in `migrations_version`"), message);
        assertTrue(message.contains("target=cccc00000003"), message);
        assertTrue(message.contains("cccc00000003_broken.sql:9"), message);
        assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
        assertEquals(List.of("id", "label"), query("SELECT column_name FROM information_schema.columns WHERE "
                + "table_schema = DATABASE() AND table_name = 'shelf' ORDER BY ordinal_position"));
        assertEquals(List.of(), query("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "DATABASE() AND table_name = 'never'"));
        // the failing insert ran in a transaction with the mark's count: undone, and the report removed the mark
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
    }

    @Test
    void aRevisionStaysRecordedWhenTheFirstStatementOfTheNextOneFails() throws Exception {
        // the record of "create book" is left for the next schema change to commit; these two never commit it
        migrations().revision(RevisionRequest.of("unparsable").withRevId("cccc00000003")
                .withBodies("CREATE TABLE (id BIGINT);\nCREATE TABLE never (id BIGINT);", "SELECT 1;"));

        MigrationFailedException refused = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        assertEquals("RUN-002", refused.id());
        assertTrue(refused.getMessage().contains("statement 1 of 2 failed"), refused.getMessage());
        assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
        assertEquals("bbbb00000002", migrations().current().heads().get(0).id());
    }

    @Test
    void aRevisionStaysRecordedWhenTheNextOneFailsAfterTheServerCommitted() throws Exception {
        migrations().revision(RevisionRequest.of("clash").withRevId("cccc00000003")
                .withBodies("CREATE TABLE author (id BIGINT);\nCREATE TABLE never (id BIGINT);", "SELECT 1;"));

        MigrationFailedException refused = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        assertEquals("RUN-002", refused.id());
        assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
    }

    @Test
    void aScriptThatLocksTablesRunsAndIsRecorded() throws Exception {
        // the mark's table is not among the locked ones: rows under LOCK TABLES are not counted one by one
        migrations().revision(RevisionRequest.of("shelf under lock").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY, label VARCHAR(20));\n"
                        + "LOCK TABLES shelf WRITE;\n"
                        + "INSERT INTO shelf VALUES (1, 'a');\n"
                        + "UPDATE shelf SET label = 'b';\n"
                        + "UNLOCK TABLES;\n"
                        + "INSERT INTO shelf VALUES (2, 'c');\n"
                        + "INSERT INTO shelf VALUES (3, 'd');", "DROP TABLE shelf;"));
        migrations().revision(RevisionRequest.of("locked to the end").withRevId("dddd00000004")
                .withBodies("LOCK TABLES shelf WRITE;\n"
                        + "INSERT INTO shelf VALUES (4, 'e');\n"
                        + "INSERT INTO shelf VALUES (5, 'f');", "DELETE FROM shelf WHERE id > 3;"));

        migrations().upgrade("head");

        assertEquals(List.of("1|b", "2|c", "3|d", "4|e", "5|f"), query("SELECT id, label FROM shelf ORDER BY id"));
        assertEquals(List.of("aaaa00000001", "bbbb00000002", "cccc00000003", "dddd00000004"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
    }

    @Test
    void aStatementFailingUnderLockTablesIsReportedAndLeavesNoMark() throws Exception {
        migrations().upgrade("head");
        migrations().revision(RevisionRequest.of("broken lock").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\n"
                        + "LOCK TABLES shelf WRITE;\n"
                        + "INSERT INTO shelf VALUES (1);\n"
                        + "INSERT INTO shelf VALUES (1);\n"
                        + "UNLOCK TABLES;", "DROP TABLE shelf;"));

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        assertEquals("RUN-002", failed.id());
        assertTrue(failed.getMessage().contains("statement 4 of 5 failed"), failed.getMessage());
        assertEquals(0, failed.getSuppressed().length, List.of(failed.getSuppressed()).toString());
        assertEquals(List.of("1"), query("SELECT id FROM shelf"));
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
        assertEquals("bbbb00000002", migrations().current().heads().get(0).id());
    }

    @Test
    void aRunInterruptedUnderLockTablesIsReportedFromTheLastCountedStatementOn() throws Exception {
        migrations().upgrade("head");
        migrations().revision(RevisionRequest.of("shelf rows").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nLOCK TABLES shelf WRITE;\n"
                        + "INSERT INTO shelf (id) VALUES (1);\nUNLOCK TABLES;\nINSERT INTO shelf (id) VALUES (2);\n"
                        + "CREATE TABLE crate (id BIGINT PRIMARY KEY);", "DROP TABLE crate;\nDROP TABLE shelf;"));
        Migrations interrupted = Migrations.configure().url(db.url()).scriptLocation(dir)
                .listener(new MigrationListener() {
                    @Override
                    public void debug(String line) {
                        if (line.contains("UNLOCK TABLES")) {
                            throw new IllegalStateException("the process ends here");
                        }
                    }
                }).load();
        assertThrows(IllegalStateException.class, () -> interrupted.upgrade("head"));

        String message = assertThrows(MigrationFailedException.class, () -> migrations().upgrade("head"))
                .getMessage();

        // the insert under the lock was not counted: everything up to the next counted statement may have run
        assertTrue(message.contains("when none of its 6 statements was recorded as completed: statements 1–5 "
                + "(lines 7, 8, 9, 10, 11) may have run, in that order"), message);
        assertTrue(message.contains("statement 6 did not."), message);
        assertEquals(List.of("1"), query("SELECT id FROM shelf"));
    }

    @Test
    void aSecondRunnerWaitsSaysSoAndGivesUpAfterTheTimeoutWithDb003() throws Exception {
        migrations().upgrade("aaaa00000001");
        try (Connection holder = db.connect()) {
            assertEquals("1", value(holder, "SELECT GET_LOCK('migrations:" + db.name() + "', 0)"));

            long started = System.nanoTime();
            DatabaseException waited = assertThrows(DatabaseException.class,
                    () -> migrations(Duration.ofMillis(1500)).upgrade("head"));

            assertEquals("DB-003", waited.id());
            assertTrue(waited.getMessage().contains("migrations:" + db.name()), waited.getMessage());
            assertTrue(System.nanoTime() - started >= Duration.ofMillis(1400).toNanos(), "it waited for the timeout");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Waiting for the migration lock")), log.toString());
        }
        assertEquals(List.of("aaaa00000001"), query("SELECT version_id FROM migrations_version"));
        migrations().upgrade("head");
        assertEquals(2, query("SELECT version_id FROM migrations_version").size());
    }

    @Test
    void aWaitingRunnerProceedsOnceTheHolderReleasesTheLock() throws Exception {
        try (Connection holder = db.connect()) {
            value(holder, "SELECT GET_LOCK('migrations:" + db.name() + "', 0)");
            CompletableFuture<UpgradeResult> waiting =
                    CompletableFuture.supplyAsync(() -> migrations(Duration.ofSeconds(30)).upgrade("head"));
            Thread.sleep(700);
            assertFalse(waiting.isDone(), "the runner waits while the lock is held");
            value(holder, "SELECT RELEASE_LOCK('migrations:" + db.name() + "')");
            assertEquals(2, waiting.get(30, TimeUnit.SECONDS).applied().size());
        }
    }

    @Test
    void aKilledConnectionReleasesTheLock() throws Exception {
        Connection holder = db.connect();
        value(holder, "SELECT GET_LOCK('migrations:" + db.name() + "', 0)");
        String holderId = value(holder, "SELECT CONNECTION_ID()");
        CompletableFuture<UpgradeResult> waiting =
                CompletableFuture.supplyAsync(() -> migrations(Duration.ofSeconds(30)).upgrade("head"));
        Thread.sleep(700);
        assertFalse(waiting.isDone());
        try (Connection admin = db.connect(); Statement s = admin.createStatement()) {
            s.execute("KILL CONNECTION " + holderId);   // as when the holding process dies
        }
        assertEquals(2, waiting.get(30, TimeUnit.SECONDS).applied().size());
        holder.close();
    }

    @Test
    void aKilledProcessMidRevisionLeavesNoStaleLock() throws Exception {
        migrations().revision(RevisionRequest.of("slow").withRevId("cccc00000003")
                .withBodies("CREATE TABLE slow (id BIGINT);\nSELECT SLEEP(60);", "DROP TABLE slow;"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classpath, UpgradeInChildProcess.class.getName(), db.url(),
                dir.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                    + "AND table_name = 'slow'").isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the child process reaches the slow revision");
                Thread.sleep(100);
            }
            assertFalse(query("SELECT IS_USED_LOCK('migrations:" + db.name() + "')").contains("null"),
                    "the child holds the lock");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        MigrationFailedException half = assertThrows(MigrationFailedException.class,
                () -> migrations(Duration.ofSeconds(20)).upgrade("head"));
        // the lock was free, and the killed run's mark says how far it got: nothing is run again over its results
        assertEquals("RUN-004", half.id());
        assertTrue(half.getMessage().contains("none of its 2 statements was recorded as completed: statements 1–2 "
                + "(lines 7, 8) may have run, in that order"), half.getMessage());
        assertTrue(half.getMessage().contains("the stamp command with target=cccc00000003"), half.getMessage());
        assertEquals(List.of("slow"), query("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "DATABASE() AND table_name = 'slow'"), "the statement before stays; it did not run again");
    }

    @Test
    void threeRunnersUpgradingAtOnceApplyEachRevisionExactlyOnce() throws Exception {
        migrations().revision(RevisionRequest.of("filler").withRevId("cccc00000003")
                .withBodies("CREATE TABLE filler (x BIGINT);\n"
                        + "INSERT INTO filler SELECT seq FROM seq_1_to_200000;", "DROP TABLE filler;"));
        int workers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return migrations(Duration.ofSeconds(60)).upgrade("head").applied().size();
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<Integer> result : results) {
            applied += result.get(90, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(3, applied);
        assertEquals(List.of("200000"), query("SELECT count(*) FROM filler"));
        assertEquals(List.of("aaaa00000001", "bbbb00000002", "cccc00000003"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
    }

    @Test
    void twoDatabasesOnOneServerDoNotWaitForEachOther() throws Exception {
        try (TestServers.Server other = TestServers.mariadb(); Connection holder = other.connect()) {
            value(holder, "SELECT GET_LOCK('migrations:" + other.name() + "', 0)");
            assertEquals(2, migrations(Duration.ofMillis(200)).upgrade("head").applied().size());
        }
    }

    @Test
    void theSchemaSettingNamesTheDatabaseTheCommandWorksIn() throws Exception {
        try (TestServers.Server other = TestServers.mariadb()) {
            Migrations elsewhere = Migrations.configure().url(db.url()).scriptLocation(dir)
                    .versionTable("my_versions").schema(other.name()).load();
            elsewhere.upgrade("head");

            assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                    query("SELECT version_id FROM `" + other.name() + "`.my_versions ORDER BY version_id"));
            assertEquals(List.of("1|Ada's"), query("SELECT id, name FROM `" + other.name() + "`.author"));
            assertEquals(List.of(), query("SELECT table_name FROM information_schema.tables WHERE "
                    + "table_schema = DATABASE()"), "nothing is written to the URL's own database");
            assertTrue(elsewhere.current().versionTableExists());
            elsewhere.downgrade("base");
            assertEquals(List.of(), query("SELECT version_id FROM `" + other.name() + "`.my_versions"));
        }
    }

    private String value(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    List<String> query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
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
