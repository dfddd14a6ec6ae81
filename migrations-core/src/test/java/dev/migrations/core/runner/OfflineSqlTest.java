package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineSqlTest {

    @TempDir
    Path dir;
    SqliteFixture db;

    @BeforeEach
    void scripts() {
        db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "create person", """
                CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                -- keep a log of renames; the trigger body has semicolons
                CREATE TRIGGER person_renamed AFTER UPDATE OF name ON person
                BEGIN
                  INSERT INTO person_log (person_id, note) VALUES (new.id, 'renamed; ' || old.name);
                END;
                """, "DROP TRIGGER person_renamed;\nDROP TABLE person;");
        db.noTransactionRevision("bbbb00000001", "head", "compact", "VACUUM;", "");
        db.revision("cccc00000001", "head", "add o'brien", "INSERT INTO person (name) VALUES ('O''Brien');",
                "DELETE FROM person WHERE name = 'O''Brien';");
    }

    @Test
    void upgradeSqlMatchesTheGoldenFileAndTouchesNoDatabase() throws IOException {
        assertEquals(golden("offline-upgrade.sql"), db.migrations().sql("base:head"));
        assertEquals(golden("offline-upgrade.sql"), db.migrations().sql(null));
        assertFalse(Files.exists(db.database));
    }

    @Test
    void theOfflineScriptRunsOnAnEmptyDatabaseAndRecordsWhatUpgradeWould() throws Exception {
        String sql = db.migrations().sql("base:head");
        try (var c = java.sql.DriverManager.getConnection(db.url); var s = c.createStatement()) {
            for (dev.migrations.core.script.Statement statement
                    : dev.migrations.core.script.StatementSplitter.standard().split(sql, 1)) {
                s.execute(statement.sql());
            }
        }
        assertEquals(java.util.List.of("aaaa00000001", "bbbb00000001", "cccc00000001"), db.applied());
        assertEquals(java.util.List.of("O'Brien"), db.query("SELECT name FROM person"));
        assertEquals(java.util.List.of(), db.migrations().upgrade("head").applied());
    }

    @Test
    void aRangeFromNewerToOlderGivesDowngradeSql() throws IOException {
        assertEquals(golden("offline-downgrade.sql"), db.migrations().sql("head:base"));
    }

    @Test
    void aPartialRangeStartsAfterItsLowerEnd() {
        String sql = db.migrations().sql("bbbb:head");
        assertTrue(sql.contains("-- Running upgrade bbbb00000001 -> cccc00000001"), sql);
        assertFalse(sql.contains("aaaa00000001_create_person"), sql);
    }

    @Test
    void offlineSqlCannotCountFromTheCurrentHead() {
        assertEquals("SCRIPT-026", assertThrows(ScriptException.class, () -> db.migrations().sql("base:+1")).id());
        assertEquals("SCRIPT-029", assertThrows(ScriptException.class, () -> db.migrations().sql("head")).id());
    }

    @Test
    void aDatabaseWithoutAPackageGetsStandardSqlNamedForIt() {
        String sql = Migrations.configure().url("jdbc:hsqldb:mem:offline-never-opened").scriptLocation(db.scripts)
                .load().sql(null);
        assertTrue(sql.startsWith("-- Upgrade SQL for HSQLDB"), sql);
        assertTrue(sql.contains("CREATE TABLE migrations_version (") && sql.contains("START TRANSACTION;"), sql);
        assertTrue(sql.contains("CAST(CURRENT_TIMESTAMP AS VARCHAR(32))"), sql);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = OfflineSqlTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
