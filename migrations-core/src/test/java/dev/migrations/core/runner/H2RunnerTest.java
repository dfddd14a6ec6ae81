package dev.migrations.core.runner;

import dev.migrations.core.api.CurrentResult;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H2RunnerTest {

    @TempDir
    Path dir;
    String url;
    Connection keepAlive;

    @BeforeEach
    void twoRevisions() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID();
        keepAlive = DriverManager.getConnection(url);
        migrations().revision(RevisionRequest.of("create author").withRevId("aaaa00000001").withHead("base")
                .withBodies("CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(50));", "DROP TABLE author;"));
        migrations().revision(RevisionRequest.of("create book").withRevId("bbbb00000002")
                .withBodies("CREATE TABLE book (id BIGINT PRIMARY KEY, author_id BIGINT REFERENCES author (id));\n"
                        + "INSERT INTO author (id, name) VALUES (1, 'Ada');", "DROP TABLE book;"));
    }

    @AfterEach
    void close() throws SQLException {
        keepAlive.close();
    }

    Migrations migrations() {
        return Migrations.configure().url(url).scriptLocation(dir).lockTimeout(Duration.ofSeconds(1)).load();
    }

    @Test
    void upgradeCurrentAndDowngradeWorkOnH2() throws Exception {
        assertFalse(migrations().current().versionTableExists());

        List<MigrationStep> applied = migrations().upgrade("head").applied();

        assertEquals(List.of("aaaa00000001", "bbbb00000002"), applied.stream().map(MigrationStep::revision).toList());
        CurrentResult current = migrations().current();
        assertTrue(current.versionTableExists());
        assertEquals("bbbb00000002", current.heads().get(0).id());
        assertEquals(List.of("1|Ada"), query("SELECT id, name FROM author"));

        migrations().downgrade("-1");

        assertEquals(List.of("aaaa00000001"), query("SELECT version_id FROM migrations_version"));
        assertEquals(List.of(), query("SELECT table_name FROM information_schema.tables WHERE table_name = 'BOOK'"));
    }

    @Test
    void aFailingRevisionOnH2ReportsWhichStatementsRanAndIsNotRecorded() throws Exception {
        migrations().revision(RevisionRequest.of("broken").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);",
                        "DROP TABLE shelf;"));

        MigrationFailedException failed = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        assertEquals("RUN-002", failed.id());
        assertTrue(failed.getMessage().contains("H2 commits each DDL statement"), failed.getMessage());
        assertTrue(failed.getMessage().contains("Statements that ran and stay in effect: line"), failed.getMessage());
        assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
        assertEquals(List.of("SHELF"), query("SELECT table_name FROM information_schema.tables "
                + "WHERE table_name = 'SHELF'"));
    }

    @Test
    void aSecondProcessWaitsForTheLockRowAndGivesUpAfterTheTimeout() throws Exception {
        migrations().upgrade("aaaa00000001");
        try (Connection holder = DriverManager.getConnection(url); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT id FROM migrations_lock WHERE id = 1 FOR UPDATE").close();

            DatabaseException waited = assertThrows(DatabaseException.class, () -> migrations().upgrade("head"));

            assertEquals("DB-003", waited.id());
            holder.rollback();
        }
        assertEquals(List.of("aaaa00000001"), query("SELECT version_id FROM migrations_version"));
        migrations().upgrade("head");
        assertEquals(2, query("SELECT version_id FROM migrations_version").size());
    }

    @Test
    void aCommandThatFindsTheLockTakenSaysAtOnceThatItWaits() throws Exception {
        migrations().upgrade("aaaa00000001");
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Connection holder = DriverManager.getConnection(url); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT id FROM migrations_lock WHERE id = 1 FOR UPDATE").close();
            java.util.concurrent.CompletableFuture<Integer> waiting = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> Migrations.configure().url(url).scriptLocation(dir).lockTimeout(Duration.ofSeconds(30))
                            .listener(new dev.migrations.core.api.MigrationListener() {
                                @Override
                                public void info(String line) {
                                    lines.add(line);
                                }
                            }).load().upgrade("head").applied().size());
            long deadline = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            while (!lines.contains("Waiting for the migration lock (another process is migrating)")) {
                assertTrue(System.nanoTime() < deadline, "the waiting command says so at once, not after a "
                        + "first silent wait: " + lines);
                Thread.sleep(20);
            }
            assertFalse(waiting.isDone());
            holder.rollback();
            assertEquals(1, waiting.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aRevisionInterruptedHalfWayIsRefusedUntilAStampRecordsWhatIsTrue() throws Exception {
        migrations().upgrade("head");
        migrations().revision(RevisionRequest.of("two tables").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nCREATE TABLE box (id BIGINT PRIMARY KEY);",
                        "DROP TABLE box;\nDROP TABLE shelf;"));
        // the run ends abruptly as its second statement begins, as when its process is killed there
        Migrations interrupted = Migrations.configure().url(url).scriptLocation(dir)
                .listener(new dev.migrations.core.api.MigrationListener() {
                    @Override
                    public void debug(String line) {
                        if (line.contains("CREATE TABLE box")) {
                            throw new IllegalStateException("the process ends here");
                        }
                    }
                }).load();
        assertThrows(IllegalStateException.class, () -> interrupted.upgrade("head"));
        assertEquals(List.of("SHELF"), query("SELECT table_name FROM information_schema.tables "
                + "WHERE table_name IN ('SHELF', 'BOX')"));

        MigrationFailedException refused = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        assertEquals("RUN-004", refused.id());
        String message = refused.getMessage();
        assertTrue(message.contains("The upgrade of revision cccc00000003 (two tables)"), message);
        assertTrue(message.contains("was interrupted in an earlier run"), message);
        assertTrue(message.contains("none of its 2 statements was recorded as completed: statements 1–2 (lines 7, "
                + "8) may have run, in that order (each one only if those before it did)"), message);
        assertTrue(message.contains("either finish the remaining statements and run the stamp command with "
                + "target=cccc00000003; or undo what ran and run the stamp command with target=bbbb00000002, then "
                + "the upgrade command again"), message);
        assertEquals(List.of("aaaa00000001", "bbbb00000002"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));

        // finished by hand, then recorded: the stamp clears the mark
        execute("CREATE TABLE box (id BIGINT PRIMARY KEY)");
        migrations().stamp("cccc00000003", false);
        assertEquals(List.of(), migrations().upgrade("head").applied());
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
    }

    @Test
    void aStatementThatChangesRowsCommitsTogetherWithTheMarksCount() throws Exception {
        migrations().upgrade("head");
        migrations().revision(RevisionRequest.of("shelf rows").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nINSERT INTO shelf (id) VALUES (1);\n"
                        + "UPDATE shelf SET id = 2;\nCREATE TABLE box (id BIGINT PRIMARY KEY);", "DROP TABLE box;\n"
                        + "DROP TABLE shelf;"));
        // what another connection sees as each statement begins: the schema changes are not counted one by one,
        // a statement that changes rows is counted in the commit that brings its rows
        List<String> countsSeen = new ArrayList<>();
        Migrations watched = Migrations.configure().url(url).scriptLocation(dir)
                .listener(new dev.migrations.core.api.MigrationListener() {
                    @Override
                    public void debug(String line) {
                        if (line.startsWith("  line ")) {
                            try {
                                countsSeen.add(String.join(",", query("SELECT statements_done || '/' || "
                                        + "statements_total FROM migrations_progress")) + " "
                                        + String.join(",", query("SELECT count(*) FROM information_schema.tables "
                                        + "WHERE table_name = 'SHELF'")) + " "
                                        + (query("SELECT count(*) FROM information_schema.tables WHERE table_name = "
                                        + "'SHELF'").get(0).equals("1") ? query("SELECT id FROM shelf") : "-"));
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }).load();

        watched.upgrade("head");

        assertEquals(List.of("0/4 0 -", "0/4 1 []", "2/4 1 [1]", "3/4 1 [2]"), countsSeen);
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
    }

    @Test
    void aRunInterruptedAfterARowChangeIsReportedFromThatStatementOn() throws Exception {
        migrations().upgrade("head");
        migrations().revision(RevisionRequest.of("shelf rows").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nINSERT INTO shelf (id) VALUES (1);\n"
                        + "CREATE TABLE box (id BIGINT PRIMARY KEY);\nCREATE INDEX ix_box ON box (id);\n"
                        + "INSERT INTO box (id) VALUES (1);\nCREATE TABLE crate (id BIGINT PRIMARY KEY);",
                        "DROP TABLE crate;\nDROP TABLE box;\nDROP TABLE shelf;"));
        Migrations interrupted = Migrations.configure().url(url).scriptLocation(dir)
                .listener(new dev.migrations.core.api.MigrationListener() {
                    @Override
                    public void debug(String line) {
                        if (line.contains("CREATE INDEX ix_box")) {
                            throw new IllegalStateException("the process ends here");
                        }
                    }
                }).load();
        assertThrows(IllegalStateException.class, () -> interrupted.upgrade("head"));

        String message = assertThrows(MigrationFailedException.class, () -> migrations().upgrade("head"))
                .getMessage();

        assertTrue(message.contains("when statements 1–2 of its 6 had completed (lines 7, 8): statements 3–5 "
                + "(lines 9, 10, 11) may have run, in that order (each one only if those before it did), since the "
                + "database finishes a statement whose process has ended; statement 6 did not."), message);
        assertEquals(List.of("1"), query("SELECT id FROM shelf"));
    }

    @Test
    void theCommitThatRecordsARevisionMarksTheNextOneOfTheCommand() throws Exception {
        List<List<String>> marksSeen = new ArrayList<>();
        Migrations watched = Migrations.configure().url(url).scriptLocation(dir)
                .listener(new dev.migrations.core.api.MigrationListener() {
                    @Override
                    public void info(String line) {
                        if (line.startsWith("Running upgrade")) {
                            try {
                                marksSeen.add(query("SELECT revision || ':' || statements_done "
                                        + "FROM migrations_progress"));
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }).load();

        watched.upgrade("head");

        // recorded and handed over in one commit: the second revision's mark is there before it starts
        assertEquals(List.of(List.of("bbbb00000002:0"), List.of()), marksSeen);
    }

    @Test
    void aRevisionWithGuardsIsMarkedOnlyOnceItsGuardsPassed() throws Exception {
        migrations().upgrade("head");
        migrations().revision(RevisionRequest.of("plain").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);", "DROP TABLE shelf;"));
        Path guarded = migrations().revision(RevisionRequest.of("guarded").withRevId("dddd00000004")
                .withBodies("ALTER TABLE author ALTER COLUMN name SET NOT NULL;",
                        "ALTER TABLE author ALTER COLUMN name SET NULL;")).path();
        java.nio.file.Files.writeString(guarded, java.nio.file.Files.readString(guarded).replace(
                "-- migrate:upgrade\n", "-- migrate:upgrade-guards\n-- guard: name is set\n"
                        + "SELECT id FROM author WHERE name IS NULL;\n\n-- migrate:upgrade\n"));
        execute("INSERT INTO author (id, name) VALUES (2, NULL)");

        MigrationFailedException refused = assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head"));

        assertEquals("RUN-005", refused.id());
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
        execute("UPDATE author SET name = 'Grace' WHERE id = 2");
        assertEquals(List.of("dddd00000004"),
                migrations().upgrade("head").applied().stream().map(MigrationStep::revision).toList());
    }

    @Test
    void aRunThatEndsBetweenTwoRevisionsLeavesTheNextOneUnmarked() throws Exception {
        Migrations interrupted = Migrations.configure().url(url).scriptLocation(dir)
                .listener(new dev.migrations.core.api.MigrationListener() {
                    @Override
                    public void info(String line) {
                        if (line.contains("-> aaaa00000001")) {
                            throw new IllegalStateException("the process ends here");
                        }
                    }
                }).load();
        assertThrows(IllegalStateException.class, () -> interrupted.upgrade("head"));
        assertEquals(List.of("aaaa00000001"), query("SELECT version_id FROM migrations_version"));
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));

        assertEquals(List.of("bbbb00000002"),
                migrations().upgrade("head").applied().stream().map(MigrationStep::revision).toList());
    }

    @Test
    void aFailingStatementThatWasReportedLeavesNoMark() throws Exception {
        Path script = migrations().revision(RevisionRequest.of("broken").withRevId("cccc00000003")
                .withBodies("CREATE TABLE shelf (id BIGINT PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);",
                        "DROP TABLE shelf;")).path();
        assertEquals("RUN-002", assertThrows(MigrationFailedException.class,
                () -> migrations().upgrade("head")).id());

        // as the report says: undo what ran, fix the script, upgrade again
        execute("DROP TABLE shelf");
        java.nio.file.Files.writeString(script, java.nio.file.Files.readString(script)
                .replace("INSERT INTO nowhere VALUES (1);", "INSERT INTO shelf VALUES (1);"));

        assertEquals(List.of("cccc00000003"),
                migrations().upgrade("head").applied().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of(), query("SELECT revision FROM migrations_progress"));
    }

    @Test
    void threeProcessesUpgradingAtOnceApplyEachRevisionExactlyOnce() throws Exception {
        migrations().revision(RevisionRequest.of("filler").withRevId("cccc00000003")
                .withBodies("CREATE TABLE filler (x BIGINT);\n"
                        + "INSERT INTO filler SELECT X FROM SYSTEM_RANGE(1, 200000);", "DROP TABLE filler;"));
        int workers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            // each worker has its own facade and connections, like separate processes
            results.add(pool.submit(() -> {
                start.await();
                return Migrations.configure().url(url).scriptLocation(dir).lockTimeout(Duration.ofSeconds(60))
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
        assertEquals(List.of("aaaa00000001", "bbbb00000002", "cccc00000003"),
                query("SELECT version_id FROM migrations_version ORDER BY version_id"));
    }

    @Test
    void theLockIsReleasedWhenTheCommandEnds() {
        migrations().upgrade("aaaa00000001");
        migrations().upgrade("head");
        assertEquals("bbbb00000002", migrations().current().heads().get(0).id());
    }

    void execute(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            s.execute(sql);
        }
    }

    List<String> query(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement(); ResultSet rows = s.executeQuery(sql)) {
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

    @Test
    void aFailingStatementIsQuotedWithoutTheCommentsBeforeItAndTheDatabaseMessageWhole() {
        String warnings = "-- WARNING (NOT_NULL_ON_EXISTING_ROWS): author.email is NOT NULL and has no default.\n"
                .repeat(11);
        migrations().revision(RevisionRequest.of("add email").withRevId("cccc00000003")
                .withBodies(warnings + "ALTER TABLE author ADD COLUMN email VARCHAR(80) NOT NULL;\n"
                        + "ALTER TABLE author ADD CONSTRAINT uk_email UNIQUE (email);", ""));
        migrations().upgrade("bbbb00000002");

        dev.migrations.core.api.MigrationFailedException e = assertThrows(
                dev.migrations.core.api.MigrationFailedException.class, () -> migrations().upgrade("head"));

        String message = e.getMessage();
        assertTrue(message.contains("statement 1 of 2 failed at ")
                && message.contains(":\n    ALTER TABLE author ADD COLUMN email VARCHAR(80) NOT NULL\n"), message);
        assertFalse(message.contains("WARNING"), message);
        // the database's message whole, up to H2's error code, never a comment cut short
        String said = message.substring(message.indexOf("The database said: "));
        assertTrue(said.contains("NULL not allowed for column \"EMAIL\"") && said.contains("[23502-"), said);
    }
}
