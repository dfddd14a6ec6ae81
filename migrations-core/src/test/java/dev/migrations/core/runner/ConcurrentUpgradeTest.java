package dev.migrations.core.runner;

import dev.migrations.core.api.UpgradeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcurrentUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void twoProcessesUpgradingAtOnceApplyEachRevisionExactlyOnce() throws Exception {
        SqliteFixture db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "counter", """
                CREATE TABLE counter (n INTEGER);
                CREATE TABLE filler (x INTEGER);
                INSERT INTO counter VALUES (1);
                WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000)
                INSERT INTO filler SELECT x FROM c;
                """, "");
        db.revision("bbbb00000001", "head", "second", "INSERT INTO counter VALUES (2);", "");
        db.revision("cccc00000001", "head", "third", "INSERT INTO counter VALUES (3);", "");

        int workers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UpgradeResult>> results = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            // each worker has its own facade and therefore its own connection, like separate processes
            results.add(pool.submit(() -> {
                start.await();
                return db.migrations().upgrade("head");
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<UpgradeResult> result : results) {
            applied += result.get(60, TimeUnit.SECONDS).applied().size();
        }
        pool.shutdown();

        assertEquals(3, applied);
        assertEquals(List.of("1", "2", "3"), db.query("SELECT n FROM counter ORDER BY n"));
        assertEquals(List.of("300000"), db.query("SELECT count(*) FROM filler"));
        assertEquals(List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());
    }
}
