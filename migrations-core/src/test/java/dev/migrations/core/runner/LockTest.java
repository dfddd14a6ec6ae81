package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.UpgradeResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockTest {

    @TempDir
    Path dir;
    SqliteFixture db;

    @BeforeEach
    void oneRevision() {
        db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "DROP TABLE one;");
    }

    private Migrations withLockTimeout(Duration timeout) {
        return Migrations.configure().url(db.url).scriptLocation(db.scripts).lockTimeout(timeout).load();
    }

    @Test
    void aCommandGivesUpAfterTheLockTimeoutWhileAnotherProcessHoldsTheLock() throws Exception {
        try (Connection holder = DriverManager.getConnection(db.url); Statement s = holder.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            DatabaseException e = assertThrows(DatabaseException.class,
                    () -> withLockTimeout(Duration.ofMillis(600)).upgrade("head"));
            assertEquals("DB-003", e.id());
            assertTrue(e.getMessage().contains("write lock"), e.getMessage());
            s.execute("ROLLBACK");
        }
        assertEquals(List.of(), db.tables());
    }

    @Test
    void aLockHolderThatDiesReleasesTheLockSoTheWaitingCommandProceeds() throws Exception {
        Connection holder = DriverManager.getConnection(db.url);
        try (Statement s = holder.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        CompletableFuture<UpgradeResult> waiting =
                CompletableFuture.supplyAsync(() -> withLockTimeout(Duration.ofSeconds(30)).upgrade("head"));
        Thread.sleep(300);
        assertFalse(waiting.isDone());
        holder.close(); // the process holding the lock goes away without committing or unlocking
        assertEquals(1, waiting.get(30, TimeUnit.SECONDS).applied().size());
        assertEquals(List.of("aaaa00000001"), db.applied());
    }

    @Test
    void theVersionTableMayBeRenamedAndPlacedInASchema() throws Exception {
        Migrations custom = Migrations.configure().url(db.url).scriptLocation(db.scripts)
                .versionTable("my_versions").schema("main").load();
        custom.upgrade("head");
        assertEquals(List.of("aaaa00000001"), db.query("SELECT version_id FROM my_versions"));
        assertTrue(custom.current().versionTableExists());
    }
}
