package dev.migrations.core.runner;

import dev.migrations.core.api.CurrentResult;
import dev.migrations.core.api.DowngradeResult;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.ScriptException;
import dev.migrations.core.api.StampResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DowngradeStampCurrentTest {

    @TempDir
    Path dir;
    SqliteFixture db;

    @BeforeEach
    void threeRevisions() {
        db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "one", "CREATE TABLE one (id INT);", "DROP TABLE one;");
        db.revision("bbbb00000001", "head", "two", "CREATE TABLE two (id INT);", "DROP TABLE two;");
        db.revision("cccc00000001", "head", "three", "CREATE TABLE three (id INT);", "DROP TABLE three;");
    }

    @Test
    void downgradeMinusOneRevertsTheCurrentHead() throws Exception {
        db.migrations().upgrade("head");
        DowngradeResult result = db.migrations().downgrade("-1");
        assertEquals(List.of("cccc00000001"), result.reverted().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("bbbb00000001"), result.headsAfter());
        assertEquals(List.of("migrations_version", "one", "two"), db.tables());
        assertTrue(db.lines.stream().anyMatch(l -> l.startsWith("Running downgrade cccc00000001 -> bbbb00000001, three")),
                db.lines.toString());
    }

    @Test
    void downgradeToARevisionRevertsEverythingAfterItNewestFirst() throws Exception {
        db.migrations().upgrade("head");
        DowngradeResult result = db.migrations().downgrade("aaaa");
        assertEquals(List.of("cccc00000001", "bbbb00000001"),
                result.reverted().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("aaaa00000001"), db.applied());
    }

    @Test
    void downgradeToBaseRevertsEverything() throws Exception {
        db.migrations().upgrade("head");
        db.migrations().downgrade("base");
        assertEquals(List.of("migrations_version"), db.tables());
        assertEquals(List.of(), db.applied());
    }

    @Test
    void downgradeToARevisionThatIsNotAppliedIsRefused() throws Exception {
        db.migrations().upgrade("aaaa");
        ScriptException e = assertThrows(ScriptException.class, () -> db.migrations().downgrade("cccc"));
        assertEquals("SCRIPT-028", e.id());
        assertEquals(List.of("aaaa00000001"), db.applied());
        assertEquals("SCRIPT-023", assertThrows(ScriptException.class, () -> db.migrations().downgrade("-2")).id());
    }

    @Test
    void downgradeOnBranchesRevertsOnlyWhatTheTargetRequires() throws Exception {
        db.revision("dddd00000001", "aaaa00000001", "side", "CREATE TABLE side (id INT);", "DROP TABLE side;");
        db.migrations().upgrade("heads");
        DowngradeResult result = db.migrations().downgrade("bbbb00000001");
        assertEquals(List.of("cccc00000001"), result.reverted().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("bbbb00000001", "dddd00000001"), result.headsAfter());
        assertEquals(List.of("migrations_version", "one", "side", "two"), db.tables());
        assertEquals("SCRIPT-027", assertThrows(ScriptException.class, () -> db.migrations().downgrade("-1")).id());
    }

    @Test
    void downgradeOneBelowABranchRevertsOnlyThatBranchAndKeepsTheSiblingsData() throws Exception {
        db.revision("dddd00000001", "aaaa00000001", "side", "CREATE TABLE side (id INT);", "DROP TABLE side;");
        db.migrations().upgrade("heads");
        try (var c = DriverManager.getConnection(db.url); var s = c.createStatement()) {
            s.execute("INSERT INTO side VALUES (7)");
        }
        DowngradeResult result = db.migrations().downgrade("cccc00000001-1");
        assertEquals(List.of("cccc00000001"), result.reverted().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("7"), db.query("SELECT id FROM side"));
        result = db.migrations().downgrade("bbbb-1");
        assertEquals(List.of("bbbb00000001"), result.reverted().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("aaaa00000001", "dddd00000001"), db.applied());
        assertEquals(List.of("7"), db.query("SELECT id FROM side"));
    }

    @Test
    void downgradeOneBelowARootRevertsOnlyThatRoot() throws Exception {
        db.revision("dddd00000001", "base", "other root", "CREATE TABLE other (id INT);", "DROP TABLE other;");
        db.migrations().upgrade("heads");
        assertEquals("SCRIPT-027", assertThrows(ScriptException.class, () -> db.migrations().downgrade("-1")).id());
        DowngradeResult result = db.migrations().downgrade("dddd-1");
        assertEquals(List.of("dddd00000001"), result.reverted().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());
    }

    @Test
    void downgradeMinusOneFromAMergeRevertsOnlyTheMerge() throws Exception {
        db.revision("dddd00000001", "aaaa00000001", "side", "CREATE TABLE side (id INT);", "DROP TABLE side;");
        db.migrations().merge(List.of(), "join", "eeee00000001");
        db.migrations().upgrade("head");
        DowngradeResult result = db.migrations().downgrade("-1");
        assertEquals(List.of("eeee00000001"), result.reverted().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("cccc00000001", "dddd00000001"), result.headsAfter());
        StampResult purged = db.migrations().stamp("cccc", true);
        assertEquals(List.of("dddd00000001"), purged.removed());
        assertEquals(List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());
    }

    @Test
    void aFailingDowngradeRollsBackThatRevision() throws Exception {
        db.revision("dddd00000001", "head", "bad down", "CREATE TABLE four (id INT);",
                "DROP TABLE four;\nDROP TABLE missing_table;");
        db.migrations().upgrade("head");
        dev.migrations.core.api.MigrationFailedException e = assertThrows(
                dev.migrations.core.api.MigrationFailedException.class, () -> db.migrations().downgrade("bbbb"));
        assertEquals("RUN-001", e.id());
        assertTrue(e.getMessage().contains("The downgrade of revision dddd00000001"), e.getMessage());
        assertTrue(e.getMessage().contains("its version row stays, so it is still applied"), e.getMessage());
        assertTrue(db.tables().contains("four"));
        assertEquals(4, db.applied().size());
    }

    @Test
    void stampRecordsRevisionsWithoutRunningTheirSql() throws Exception {
        StampResult result = db.migrations().stamp("bbbb", false);
        assertEquals(List.of("aaaa00000001", "bbbb00000001"), result.added());
        assertEquals(List.of("migrations_version"), db.tables());
        assertEquals(List.of("aaaa00000001|0", "bbbb00000001|0"),
                db.query("SELECT version_id, execution_ms FROM migrations_version ORDER BY version_id"));
        db.migrations().upgrade("head");
        assertEquals(List.of("migrations_version", "three"), db.tables());
    }

    @Test
    void stampingAnEarlierRevisionRemovesTheLaterRows() throws Exception {
        db.migrations().upgrade("head");
        StampResult result = db.migrations().stamp("aaaa00000001", false);
        assertEquals(List.of("bbbb00000001", "cccc00000001"), result.removed());
        assertEquals(List.of("aaaa00000001"), result.headsAfter());
        assertEquals(List.of("aaaa00000001"), db.applied());
        assertEquals(List.of("migrations_version", "one", "three", "two"), db.tables());
    }

    @Test
    void stampWithPurgeClearsTheTableFirst() throws Exception {
        db.migrations().upgrade("head");
        String before = db.query("SELECT applied_by FROM migrations_version WHERE version_id = 'aaaa00000001'").get(0);
        try (var c = DriverManager.getConnection(db.url); var s = c.createStatement()) {
            s.execute("UPDATE migrations_version SET applied_by = 'someone else'");
        }
        StampResult result = db.migrations().stamp("bbbb", true);
        assertTrue(result.purged());
        assertEquals(List.of("aaaa00000001", "bbbb00000001"), result.added());
        assertEquals(List.of("aaaa00000001", "bbbb00000001"), db.applied());
        assertEquals(List.of(before, before), db.query("SELECT applied_by FROM migrations_version"));
    }

    @Test
    void stampBaseRemovesEveryRow() throws Exception {
        db.migrations().upgrade("head");
        db.migrations().stamp("base", false);
        assertEquals(List.of(), db.applied());
        assertEquals(List.of("migrations_version", "one", "three", "two"), db.tables());
    }

    @Test
    void stampRecordsTheChecksumOfAnEditedScriptAgain() throws Exception {
        db.migrations().upgrade("head");
        Path file;
        try (var files = Files.list(db.scripts)) {
            file = files.filter(p -> p.getFileName().toString().startsWith("aaaa")).findFirst().orElseThrow();
        }
        Files.writeString(file, Files.readString(file) + "\n-- reviewed\n");
        StampResult result = db.migrations().stamp("head", false);
        assertEquals(List.of("aaaa00000001"), result.refreshed());
        assertEquals(List.of(), db.migrations().upgrade("head").applied());
    }

    @Test
    void currentNeverCreatesTheDatabaseFileNorTheVersionTable() throws Exception {
        CurrentResult missingFile = db.migrations().current();
        assertFalse(missingFile.versionTableExists());
        assertFalse(Files.exists(db.database));

        DriverManager.getConnection(db.url).close();
        CurrentResult emptyDatabase = db.migrations().current();
        assertFalse(emptyDatabase.versionTableExists());
        assertEquals(List.of(), db.tables());
    }

    @Test
    void currentReportsTheAppliedHeadsAndUnknownRevisions() throws Exception {
        db.migrations().upgrade("bbbb");
        CurrentResult current = db.migrations().current();
        assertTrue(current.versionTableExists());
        assertEquals(List.of("bbbb00000001"), current.heads().stream().map(RevisionInfo::id).toList());
        assertTrue(current.heads().get(0).isCurrent());
        try (var c = DriverManager.getConnection(db.url); var s = c.createStatement()) {
            s.execute("INSERT INTO migrations_version VALUES ('ffff00000001', 'gone', 'x', '2026', 'me', 0)");
        }
        assertEquals(List.of("ffff00000001"), db.migrations().current().unknown());
    }

    @Test
    void historyMarksTheCurrentRevisionAndWorksWithoutAReadableDatabase() {
        db.migrations().upgrade("bbbb");
        List<RevisionInfo> history = db.migrations().history(null);
        assertEquals(List.of("cccc00000001", "bbbb00000001", "aaaa00000001"),
                history.stream().map(RevisionInfo::id).toList());
        assertEquals(List.of(false, true, false), history.stream().map(RevisionInfo::isCurrent).toList());
        assertTrue(history.get(1).toString().contains("(current)"), history.get(1).toString());

        dev.migrations.core.api.Migrations elsewhere = dev.migrations.core.api.Migrations.configure()
                .url("jdbc:postgresql://nowhere/app").scriptLocation(db.scripts).load();
        assertEquals(3, elsewhere.history(null).size());
    }
}
