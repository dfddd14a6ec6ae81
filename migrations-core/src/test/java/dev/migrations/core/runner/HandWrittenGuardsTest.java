package dev.migrations.core.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.MigrationFailedException;
import dev.migrations.core.api.MigrationStep;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.ScriptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards written by hand in a revision: what the user sees when one finds rows, that nothing of the refused revision
 * runs (also without a transaction) while earlier revisions of the command stay, that {@code stamp} runs none, and
 * how offline SQL shows them.
 */
class HandWrittenGuardsTest {

    @TempDir
    Path dir;
    SqliteFixture db;

    @BeforeEach
    void scripts() {
        db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "people", """
                CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT);
                INSERT INTO person (id, name) VALUES (1, 'Ann'), (2, NULL), (3, NULL), (4, NULL), (5, NULL),
                  (6, NULL), (7, NULL);
                """, "DROP TABLE person;");
        db.migrations().revision(RevisionRequest.of("log").withRevId("bbbb00000001").withHead("head")
                .withBodies("CREATE TABLE log (id INTEGER PRIMARY KEY);", "DROP TABLE log;"));
        db.migrations().revision(RevisionRequest.of("names required").withRevId("cccc00000001").withHead("head")
                .withNoTransaction(true)
                .withGuards("-- guard: names are required\nSELECT id, name FROM person WHERE name IS NULL;", "")
                .withBodies("CREATE TABLE person_note (id INTEGER);\nUPDATE person SET name = '?' WHERE 0;",
                        "DROP TABLE person_note;"));
    }

    @Test
    void aGuardThatFindsRowsRefusesTheRevisionWithTheStepTheCountAndTheFirstRows() throws Exception {
        db.migrations().upgrade("aaaa00000001");

        MigrationFailedException refused = assertThrows(MigrationFailedException.class,
                () -> db.migrations().upgrade("head"));

        String message = refused.getMessage();
        assertEquals("RUN-005", refused.id(), message);
        assertTrue(message.contains("The upgrade of revision cccc00000001 (names required) was refused before its "
                + "first statement: its guard at "), message);
        assertTrue(message.contains("cccc00000001_names_required.sql:9 found 6 rows that the step \"names are "
                + "required\" would fail on or damage:\n    id=2, name=null\n    id=3, name=null\n    id=4, "
                + "name=null\n    id=5, name=null\n    id=6, name=null\n    … and 1 more\n"), message);
        assertTrue(message.contains("Revisions completed before it in this command stay applied: bbbb00000001."),
                message);
        assertTrue(message.contains("Fix the data"), message);
        assertEquals(List.of("bbbb00000001"), refused.completed().stream().map(MigrationStep::revision).toList());
        assertEquals(List.of("aaaa00000001", "bbbb00000001"), db.applied());
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = 'person_note'"),
                "no statement of the refused revision ran");
        assertEquals(List.of(), db.query("SELECT name FROM sqlite_master WHERE name = 'migrations_progress'"),
                "the revision was refused before its progress mark");
    }

    @Test
    void onceTheDataFitsTheRevisionRunsAndStampRunsNoGuard() throws Exception {
        db.migrations().upgrade("aaaa00000001");
        db.migrations().stamp("head", false);   // the guard would find six rows: stamp runs no SQL of the scripts
        assertEquals(List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());

        db.migrations().stamp("aaaa00000001", false);
        assertEquals(List.of("aaaa00000001"), db.applied());
        try (var c = java.sql.DriverManager.getConnection(db.url); var s = c.createStatement()) {
            s.execute("UPDATE person SET name = 'x' WHERE name IS NULL");
        }
        db.migrations().upgrade("head");
        assertEquals(List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());
    }

    @Test
    void offlineSqlWritesTheGuardsAsCommentsBeforeTheStatements() {
        String sql = db.migrations().sql("bbbb00000001:head");
        assertTrue(sql.contains("""
                -- cccc00000001_names_required.sql
                -- Guards: run each query first; every one must return no rows, else do not run this revision.
                -- guard: names are required
                --   SELECT id, name FROM person WHERE name IS NULL

                CREATE TABLE person_note (id INTEGER);
                """), sql);
        assertFalse(Files.exists(db.database));
    }

    @Test
    void aGuardThatChangesDataIsRefusedBeforeAnythingRuns() throws Exception {
        Path file = db.scripts.resolve(Files.list(db.scripts).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("cccc")).findFirst().orElseThrow());
        Files.writeString(file, Files.readString(file).replace("SELECT id, name FROM person WHERE name IS NULL",
                "UPDATE person SET name = 'x'"));

        ScriptException e = assertThrows(ScriptException.class, () -> db.migrations().upgrade("head"));

        assertEquals("SCRIPT-051", e.id());
        assertTrue(e.getMessage().contains("cccc00000001_names_required.sql:9: a guard must be a query"),
                e.getMessage());
        assertFalse(Files.exists(db.database) && !db.query("SELECT name FROM sqlite_master WHERE name = 'person'")
                .isEmpty(), "nothing ran");
    }
}
