package dev.migrations.core.runner;

import dev.migrations.core.api.DowngradeResult;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.UpgradeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationLockTest {

    /** Keeps SQLite busy for a few seconds without writing. */
    private static final String SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %d) "
            + "SELECT count(*) FROM c;";

    @TempDir
    Path dir;

    @Test
    void twoUpgradesAtOnceRunANoTransactionRevisionExactlyOnce() throws Exception {
        SqliteFixture db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "counter", "CREATE TABLE counter (n INTEGER);", "DROP TABLE counter;");
        db.noTransactionRevision("bbbb00000001", "head", "slow insert",
                SLOW.formatted(3_000_000) + "\nINSERT INTO counter VALUES (1);", "DELETE FROM counter;");
        db.migrations().upgrade("aaaa");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UpgradeResult>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return db.migrations().upgrade("head");
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<UpgradeResult> result : results) {
            applied += result.get(120, TimeUnit.SECONDS).applied().size();
        }
        pool.shutdown();

        assertEquals(1, applied);
        assertEquals(List.of("1"), db.query("SELECT n FROM counter"));
        assertEquals(List.of("aaaa00000001", "bbbb00000001"), db.applied());
    }

    @Test
    void aKilledUpgradeKeepsTheRevisionsItCompletedAndLeavesNoStaleLock() throws Exception {
        SqliteFixture db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "DROP TABLE one;");
        db.revision("bbbb00000001", "head", "slow", "CREATE TABLE two (id INT);\n" + SLOW.formatted(2_000_000_000),
                "DROP TABLE two;");
        db.revision("cccc00000001", "head", "three", "CREATE TABLE three (id INT);", "DROP TABLE three;");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-cp", classpath, UpgradeInChildProcess.class.getName(), db.url,
                db.scripts.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!recorded(db, "aaaa00000001")) {
                assertTrue(child.isAlive(), () -> "the child ended early: " + log());
                assertTrue(System.nanoTime() < deadline, "revision 1 was never recorded while revision 2 ran");
                Thread.sleep(50);
            }
            Thread.sleep(500);
            assertTrue(child.isAlive(), this::log);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        assertEquals(List.of("aaaa00000001"), db.applied());
        assertEquals(List.of("migrations_version", "one"), db.tables());
        Migrations quick = Migrations.configure().url(db.url).scriptLocation(db.scripts)
                .lockTimeout(Duration.ofSeconds(5)).load();
        DowngradeResult reverted = quick.downgrade("base");
        assertEquals(1, reverted.reverted().size());
        assertEquals(List.of(), db.applied());
    }

    private static boolean recorded(SqliteFixture db, String id) {
        try {
            return db.tables().contains("migrations_version") && db.applied().contains(id);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
