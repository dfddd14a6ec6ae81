package dev.migrations.core.runner;

import dev.migrations.core.api.IntegrityException;
import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.ScriptException;
import dev.migrations.core.api.UpgradeResult;
import dev.migrations.core.script.ScriptChecksum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpgradeTest {

    @TempDir
    Path dir;
    SqliteFixture db;

    @BeforeEach
    void setUp() {
        db = new SqliteFixture(dir);
    }

    @Test
    void upgradeAppliesEveryRevisionInOrderAndRecordsEachOne() throws Exception {
        Path first = db.revision("aaaa00000001", "base", "create person", "CREATE TABLE person (id INTEGER PRIMARY KEY);",
                "DROP TABLE person;");
        db.revision("bbbb00000001", "head", "add email", "ALTER TABLE person ADD COLUMN email TEXT;",
                "ALTER TABLE person DROP COLUMN email;");

        UpgradeResult result = db.migrations().upgrade("head");

        assertEquals(List.of(), result.headsBefore());
        assertEquals(List.of("bbbb00000001"), result.headsAfter());
        assertEquals(List.of("aaaa00000001", "bbbb00000001"),
                result.applied().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("migrations_version", "person"), db.tables());
        String checksum = ScriptChecksum.of(Files.readString(first));
        assertEquals(List.of("aaaa00000001|create person|" + checksum + "|tester"),
                db.query("SELECT version_id, message, checksum, applied_by FROM migrations_version "
                        + "WHERE version_id = 'aaaa00000001'"));
        assertTrue(db.lines.contains("Created the version table migrations_version"), db.lines.toString());
        assertTrue(db.lines.stream().anyMatch(l -> l.startsWith("Running upgrade <base> -> aaaa00000001, create person (")),
                db.lines.toString());
        assertTrue(db.lines.stream().anyMatch(l -> l.startsWith("Running upgrade aaaa00000001 -> bbbb00000001, add email (")),
                db.lines.toString());
    }

    @Test
    void aSecondUpgradeFindsNothingToDo() {
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE t (id INT);", "DROP TABLE t;");
        db.migrations().upgrade("head");
        UpgradeResult again = db.migrations().upgrade("head");
        assertEquals(List.of(), again.applied());
        assertEquals(List.of("aaaa00000001"), again.headsBefore());
    }

    @Test
    void aFailingRevisionRollsBackAloneAndTheEarlierOnesStayApplied() throws Exception {
        db.revision("aaaa00000001", "base", "create person", "CREATE TABLE person (id INTEGER PRIMARY KEY);", "");
        Path broken = db.revision("bbbb00000001", "head", "broken", """
                CREATE TABLE pet (id INTEGER PRIMARY KEY);
                INSERT INTO pet (id) VALUES (1);
                INSERT INTO no_such_table VALUES (1);
                """, "");

        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> db.migrations().upgrade("head"));

        assertEquals("RUN-001", e.id());
        String message = e.getMessage();
        assertTrue(message.contains(broken + ":9 (statement 3 of 3)"), message);
        assertTrue(message.contains("INSERT INTO no_such_table VALUES (1)"), message);
        assertTrue(message.contains("no such table: no_such_table"), message);
        assertTrue(message.contains("stay applied: aaaa00000001"), message);
        assertEquals(List.of("aaaa00000001"), e.completed().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("migrations_version", "person"), db.tables());
        assertEquals(List.of("aaaa00000001"), db.applied());
    }

    @Test
    void whenSqliteRollsBackTheWholeTransactionOnlyTheFailingRevisionIsUndone() throws Exception {
        db.revision("aaaa00000001", "base", "guarded table", """
                CREATE TABLE guarded (id INTEGER);
                CREATE TRIGGER no_negatives BEFORE INSERT ON guarded WHEN new.id < 0
                BEGIN
                  SELECT RAISE(ROLLBACK, 'negative ids; never');
                END;
                """, "");
        db.revision("bbbb00000001", "head", "bad row", "INSERT INTO guarded VALUES (-1);", "");

        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> db.migrations().upgrade("head"));

        assertEquals("RUN-001", e.id());
        assertTrue(e.getMessage().contains("negative ids; never"), e.getMessage());
        assertTrue(e.getMessage().contains("Revisions completed before it stay applied: aaaa00000001"),
                e.getMessage());
        assertEquals(List.of("aaaa00000001"), e.completed().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("guarded", "migrations_version"), db.tables());
        assertEquals(List.of("aaaa00000001"), db.applied());
    }

    @Test
    void aFailingNoTransactionRevisionReportsWhatRanAndIsNotRecorded() throws Exception {
        db.revision("aaaa00000001", "base", "create person", "CREATE TABLE person (id INTEGER PRIMARY KEY);", "");
        db.noTransactionRevision("bbbb00000001", "head", "two tables", """
                CREATE TABLE one (id INT);
                CREATE TABLE two (id INT);
                INSERT INTO nowhere VALUES (1);
                CREATE TABLE three (id INT);
                """, "");

        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> db.migrations().upgrade("head"));

        assertEquals("RUN-002", e.id());
        String message = e.getMessage();
        assertTrue(message.contains("statement 3 of 4 failed at"), message);
        assertTrue(message.contains("Statements that ran and stay in effect: line 8, line 9"), message);
        assertTrue(message.contains("Statements not run after the failing one: 1"), message);
        assertTrue(message.contains("NOT recorded in migrations_version"), message);
        assertTrue(message.contains("the stamp command with target=bbbb00000001"), message);
        // the revision ran under a progress mark, removed with the report: the next upgrade is not refused
        assertEquals(List.of("migrations_progress", "migrations_version", "one", "person", "two"), db.tables());
        assertEquals(List.of(), db.query("SELECT revision FROM migrations_progress"));
        assertEquals(List.of("aaaa00000001"), db.applied());
    }

    @Test
    void aNoTransactionRevisionRunsStatementsThatSqliteRefusesInsideATransaction() throws Exception {
        db.revision("aaaa00000001", "base", "create person", "CREATE TABLE person (id INTEGER PRIMARY KEY);", "");
        db.noTransactionRevision("bbbb00000001", "head", "compact", "VACUUM;", "");
        UpgradeResult result = db.migrations().upgrade("head");
        assertEquals(2, result.applied().size());
        assertEquals(List.of("aaaa00000001", "bbbb00000001"), db.applied());
    }

    @Test
    void anEditedAppliedScriptIsRefusedWithTheFileAndTheWayOut() throws Exception {
        Path first = db.revision("aaaa00000001", "base", "create person", "CREATE TABLE person (id INT);", "");
        db.migrations().upgrade("head");
        db.revision("bbbb00000001", "head", "more", "CREATE TABLE more (id INT);", "");
        Files.writeString(first, Files.readString(first).replace("id INT", "id BIGINT"));

        IntegrityException e = assertThrows(IntegrityException.class, () -> db.migrations().upgrade("head"));

        assertEquals("INTEGRITY-002", e.id());
        assertTrue(e.getMessage().contains(first.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("the stamp command with target=aaaa00000001"), e.getMessage());
        assertEquals(List.of("aaaa00000001"), db.applied());
        assertEquals(List.of("migrations_version", "person"), db.tables());
        assertThrows(IntegrityException.class, () -> db.migrations().downgrade("base"));

        db.migrations().stamp("aaaa00000001", false);
        assertEquals(1, db.migrations().upgrade("head").applied().size());
    }

    @Test
    void lineEndingChangesDoNotCountAsAnEdit() throws Exception {
        Path first = db.revision("aaaa00000001", "base", "create person", "CREATE TABLE person (id INT);", "");
        db.migrations().upgrade("head");
        Files.writeString(first, Files.readString(first).replace("\n", "\r\n"));
        assertEquals(List.of(), db.migrations().upgrade("head").applied());
    }

    @Test
    void aDeletedAppliedScriptIsRefused() throws Exception {
        Path first = db.revision("aaaa00000001", "base", "create person", "CREATE TABLE person (id INT);", "");
        db.migrations().upgrade("head");
        Files.delete(first);
        IntegrityException e = assertThrows(IntegrityException.class, () -> db.migrations().upgrade("head"));
        assertEquals("INTEGRITY-001", e.id());
        assertTrue(e.getMessage().contains("aaaa00000001 (create person)") && e.getMessage().contains("Restore"),
                e.getMessage());
    }

    @Test
    void upgradeHeadWithTwoHeadsSaysToMergeAndUpgradeHeadsAppliesBoth() throws Exception {
        db.revision("aaaa00000001", "base", "root", "CREATE TABLE root (id INT);", "");
        db.revision("bbbb00000001", "aaaa00000001", "left", "CREATE TABLE lft (id INT);", "");
        db.revision("cccc00000001", "aaaa00000001", "right", "CREATE TABLE rgt (id INT);", "");

        ScriptException e = assertThrows(ScriptException.class, () -> db.migrations().upgrade("head"));
        assertEquals("SCRIPT-022", e.id());
        assertTrue(e.getMessage().contains("the merge command"), e.getMessage());
        assertEquals(List.of(), db.tables());

        UpgradeResult result = db.migrations().upgrade("heads");
        assertEquals(List.of("bbbb00000001", "cccc00000001"), result.headsAfter());
        assertEquals(List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());
    }

    @Test
    void relativeAndPartialUpgradesStopAtTheTarget() throws Exception {
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "DROP TABLE one;");
        db.revision("bbbb00000001", "head", "two", "CREATE TABLE two (id INT);", "DROP TABLE two;");
        db.revision("cccc00000001", "head", "three", "CREATE TABLE three (id INT);", "DROP TABLE three;");
        db.migrations().upgrade("+1");
        assertEquals(List.of("aaaa00000001"), db.applied());
        db.migrations().upgrade("bbbb");
        assertEquals(List.of("aaaa00000001", "bbbb00000001"), db.applied());
        ScriptException past = assertThrows(ScriptException.class, () -> db.migrations().upgrade("+2"));
        assertEquals("SCRIPT-024", past.id());
        db.migrations().upgrade("+1");
        assertEquals(List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());
    }

    @Test
    void triggerBodiesQuotesAndCommentsReachTheDatabaseAsWhole() throws Exception {
        Path file = db.revision("aaaa00000001", "base", "audit", """
                CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT);
                CREATE TABLE audit (note TEXT);
                /* a trigger: its body holds semicolons; so does this comment */
                CREATE TRIGGER person_named AFTER INSERT ON person
                BEGIN
                  INSERT INTO audit (note) VALUES (CASE WHEN new.name LIKE '%;%' THEN 'odd; name' ELSE 'named' END);
                  INSERT INTO audit (note) VALUES ('it''s -- not a comment');
                END;
                INSERT INTO person (name) VALUES ('semi;colon');
                """, "");
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        db.migrations().upgrade("head");
        assertEquals(List.of("odd; name", "it's -- not a comment"), db.query("SELECT note FROM audit ORDER BY rowid"));
    }

    @Test
    void anUnterminatedStringIsAScriptErrorWithFileAndLine() throws Exception {
        Path file = db.revision("aaaa00000001", "base", "bad", "SELECT 1;", "");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("SELECT 1;", "SELECT 'x;"));
        ScriptException e = assertThrows(ScriptException.class, () -> db.migrations().upgrade("head"));
        assertEquals("SCRIPT-009", e.id());
        assertTrue(e.getMessage().contains(file + ":7:"), e.getMessage());
    }

    @Test
    void columnsNamedTriggerAndBeginDoNotSwallowTheNextStatement() throws Exception {
        db.revision("aaaa00000001", "base", "events",
                "CREATE TABLE ev (trigger TEXT, begin INT); CREATE TABLE t2 (x INT);", "");
        db.migrations().upgrade("head");
        assertEquals(List.of("ev", "migrations_version", "t2"), db.tables());
    }

    @Test
    void aScriptTheSplitterCannotReadStopsTheCommandBeforeAnyRevisionRuns() throws Exception {
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "");
        Path second = db.revision("bbbb00000001", "head", "two", "CREATE TABLE two (id INT);", "");
        Files.writeString(second, Files.readString(second).replace("CREATE TABLE two (id INT);",
                "INSERT INTO one VALUES ('open;"));
        ScriptException e = assertThrows(ScriptException.class, () -> db.migrations().upgrade("head"));
        assertEquals("SCRIPT-009", e.id());
        assertEquals(List.of(), db.tables());
    }

    @Test
    void transactionControlInATransactionalRevisionIsRefusedBeforeAnythingRuns() throws Exception {
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "");
        db.revision("bbbb00000001", "head", "two", "CREATE TABLE two (id INT);\nCOMMIT;", "");
        ScriptException e = assertThrows(ScriptException.class, () -> db.migrations().upgrade("head"));
        assertEquals("SCRIPT-050", e.id());
        assertEquals(List.of(), db.tables());
        db.revision("cccc00000001", "base", "trigger", """
                CREATE TABLE log (n INT);
                CREATE TRIGGER t AFTER INSERT ON log BEGIN INSERT INTO log VALUES (NEW.n + 100); END;""", "");
        db.migrations().upgrade("cccc");
        assertTrue(db.tables().contains("log"));
    }

    @Test
    void aBadTargetIsRefusedBeforeTheDatabaseFileOrItsFolderIsCreated() throws Exception {
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "");
        Path database = dir.resolve("sub").resolve("x.db");
        dev.migrations.core.api.Migrations elsewhere = dev.migrations.core.api.Migrations.configure()
                .url("jdbc:sqlite:" + database).scriptLocation(db.scripts).load();
        for (String target : List.of("nope", "aaaa00000001+-1", "heads+1", "aaaa,zzzz", "aaaa+5")) {
            assertThrows(ScriptException.class, () -> elsewhere.upgrade(target), target);
            assertThrows(ScriptException.class, () -> elsewhere.downgrade(target), target);
            assertThrows(ScriptException.class, () -> elsewhere.stamp(target, false), target);
        }
        assertTrue(Files.notExists(database.getParent()), "the database folder was created");
    }

    @Test
    void upgradingToAnOlderRevisionPointsToDowngradeAndARevisionWithoutMessageLogsCleanly() throws Exception {
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "");
        db.revision("bbbb00000001", "head", "", "CREATE TABLE two (id INT);", "");
        db.migrations().upgrade("head");
        assertTrue(db.lines.stream().anyMatch(l -> l.matches("Running upgrade aaaa00000001 -> bbbb00000001 \\(\\d+ ms\\)")),
                db.lines.toString());
        db.migrations().upgrade("-1");
        assertTrue(db.lines.stream().anyMatch(l -> l.contains("the downgrade command with target=-1")),
                db.lines.toString());
    }
}
