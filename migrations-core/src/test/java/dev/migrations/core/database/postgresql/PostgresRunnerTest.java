package dev.migrations.core.database.postgresql;

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
import dev.migrations.core.testing.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on a real PostgreSQL server: transactions per revision, the advisory lock, schemas. */
class PostgresRunnerTest {

    @TempDir
    Path dir;
    TestServers.Server db;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void twoRevisions() {
        db = TestServers.postgresql();
        migrations().revision(RevisionRequest.of("create author").withRevId("aaaa00000001").withHead("base")
                .withBodies("CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(50));", "DROP TABLE author;"));
        migrations().revision(RevisionRequest.of("create book").withRevId("bbbb00000002")
                .withBodies("CREATE TABLE book (id BIGINT PRIMARY KEY, author_id BIGINT REFERENCES author (id));\n"
                        + "INSERT INTO author (id, name) VALUES (1, 'Ada');", "DROP TABLE book;"));
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    Migrations migrations() {
        return Migrations.configure().url(db.url()).scriptLocation(dir).lockTimeout(Duration.ofSeconds(2))
                .listener(new MigrationListener() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }
                }).load();
    }

    @Test
    void upgradeCurrentAndDowngrade() throws Exception {
        assertFalse(migrations().current().versionTableExists());

        List<MigrationStep> applied = migrations().upgrade("head").applied();

        assertEquals(List.of("aaaa00000001", "bbbb00000002"), applied.stream().map(MigrationStep::revision).toList());
        assertEquals("bbbb00000002", migrations().current().heads().get(0).id());
        assertEquals(List.of("1|Ada"), query("SELECT id, name FROM author"));

        migrations().downgrade("-1");

        assertEquals(List.of("aaaa00000001"), query("SELECT version_id FROM migrations_version"));
        assertEquals(List.of(), query("SELECT tablename FROM pg_tables WHERE tablename = 'book'"));
    }

    @Test
    void aFailingRevisionIsRolledBackAsAWhole() throws Exception {
        migrations().revision(RevisionRequest.of("broken").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nALTER TABLE author ADD COLUMN born DATE;\n"
                        + "INSERT INTO nowhere VALUES (1);", "DROP TABLE shelf;"));

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        assertEquals("RUN-001", failed.id());
        assertTrue(failed.getMessage().contains("rolled back"), failed.getMessage());
        assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
        assertEquals(List.of(), query("SELECT tablename FROM pg_tables WHERE tablename = 'shelf'"));
        assertEquals(List.of(), query("SELECT column_name FROM information_schema.columns WHERE column_name = 'born'"));
    }

    @Test
    void aNoTransactionRevisionCanCreateAnIndexConcurrently() throws Exception {
        migrations().upgrade("head");
        Files.writeString(dir.resolve("cccc00000003_index_names.sql"), """
                -- Revision ID: cccc00000003
                -- Revises: bbbb00000002
                -- Create Date: 2026-01-01 00:00:00
                -- Message: index names
                -- migrate:no-transaction

                -- migrate:upgrade
                CREATE INDEX CONCURRENTLY ix_author_name ON author (name);

                -- migrate:downgrade
                DROP INDEX CONCURRENTLY ix_author_name;
                """);

        migrations().upgrade("head");
        assertEquals(List.of("ix_author_name"), query("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_author_name'"));
        migrations().downgrade("-1");
        assertEquals(List.of(), query("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_author_name'"));
    }

    @Test
    void aFunctionWithADollarQuotedBodyIsOneStatement() throws Exception {
        migrations().revision(RevisionRequest.of("function").withRevId("cccc00000003").withBodies("""
                CREATE FUNCTION shout(t text) RETURNS text AS $$
                BEGIN
                    RETURN upper(t) || '!';
                END;
                $$ LANGUAGE plpgsql;""", "DROP FUNCTION shout(text);"));

        migrations().upgrade("head");

        assertEquals(List.of("ADA!"), query("SELECT shout(name) FROM author"));
    }

    @Test
    void aSecondProcessSaysItWaitsForTheLockAndGivesUpAfterTheTimeout() throws Exception {
        migrations().upgrade("aaaa00000001");
        try (Connection holder = db.connect(); PreparedStatement s = holder.prepareStatement(
                "SELECT pg_advisory_lock(?)")) {
            s.setLong(1, PostgresAdvisoryLock.KEY);
            s.execute();

            DatabaseException waited = assertThrows(DatabaseException.class, () -> migrations().upgrade("head"));

            assertEquals("DB-003", waited.id());
            assertTrue(waited.getMessage().contains("advisory lock, held by server process"), waited.getMessage());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Waiting for the migration lock")), lines.toString());
        }
        assertEquals(List.of("aaaa00000001"), query("SELECT version_id FROM migrations_version"));
        migrations().upgrade("head");
        assertEquals(2, query("SELECT version_id FROM migrations_version").size());
    }

    @Test
    void aKilledHolderReleasesTheLock() throws Exception {
        Connection holder = db.connect();
        int pid;
        try (Statement s = holder.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_advisory_lock(" + PostgresAdvisoryLock.KEY + "), pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(2);
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> waiting = pool.submit(() -> Migrations.configure().url(db.url()).scriptLocation(dir)
                .lockTimeout(Duration.ofSeconds(30)).load().upgrade("head").applied().size());
        Thread.sleep(700);
        assertFalse(waiting.isDone());
        query("SELECT pg_terminate_backend(" + pid + ")");

        assertEquals(2, waiting.get(30, TimeUnit.SECONDS));
        pool.shutdown();
        holder.close();
    }

    @Test
    void threeProcessesUpgradingAtOnceApplyEachRevisionExactlyOnce() throws Exception {
        migrations().revision(RevisionRequest.of("filler").withRevId("cccc00000003")
                .withBodies("CREATE TABLE filler (x BIGINT);\n"
                        + "INSERT INTO filler SELECT g FROM generate_series(1, 200000) g;", "DROP TABLE filler;"));
        int workers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return Migrations.configure().url(db.url()).scriptLocation(dir).lockTimeout(Duration.ofSeconds(60))
                        .load().upgrade("head").applied().size();
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
    }

    @Test
    void theVersionTableCanLiveInAnotherSchema() throws Exception {
        query("CREATE SCHEMA audit");
        Migrations inAudit = Migrations.configure().url(db.url()).scriptLocation(dir).schema("audit").load();

        inAudit.upgrade("head");

        assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                query("SELECT version_id FROM audit.migrations_version ORDER BY version_id"));
        assertEquals("bbbb00000002", inAudit.current().heads().get(0).id());
        assertFalse(migrations().current().versionTableExists());
    }

    List<String> query(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return List.of();
            }
            try (ResultSet rows = s.getResultSet()) {
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
}
