package dev.migrations.core.database.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.script.Statement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {

    @Test
    void onlySqliteFileUrlsNameAFile() {
        assertEquals(Path.of("a/b.db"), SqliteDatabase.databaseFile("jdbc:sqlite:a/b.db?busy_timeout=10").orElseThrow());
        assertEquals(Path.of("/x/y.db"), SqliteDatabase.databaseFile("jdbc:sqlite:file:/x/y.db").orElseThrow());
        assertTrue(SqliteDatabase.databaseFile("jdbc:sqlite::memory:").isEmpty());
        assertTrue(SqliteDatabase.databaseFile("jdbc:sqlite:file:mem1?mode=memory&cache=shared").isEmpty());
        assertTrue(SqliteDatabase.databaseFile("jdbc:sqlite:").isEmpty());
        assertTrue(SqliteDatabase.databaseFile("jdbc:h2:mem:x").isEmpty());
    }

    @Test
    void aMissingFileIsMissingButMemoryDatabasesNever(@TempDir Path dir) {
        SqliteDatabase sqlite = new SqliteDatabase();
        assertTrue(sqlite.isMissing("jdbc:sqlite:" + dir.resolve("new.db")));
        assertFalse(sqlite.isMissing("jdbc:sqlite::memory:"));
    }

    @Test
    void aRebuildsForeignKeyPragmasRunOutsideTheRevisionsTransaction() {
        SqliteDatabase sqlite = new SqliteDatabase();
        List<Statement> rebuild = List.of(new Statement("PRAGMA foreign_keys = OFF", 1),
                new Statement("create table t (x integer)", 2), new Statement("pragma FOREIGN_KEYS=on", 3));
        assertEquals(new SqliteDatabase.Bracket(1, 1), sqlite.outsideTransaction(rebuild));
        assertEquals(SqliteDatabase.Bracket.NONE, sqlite.outsideTransaction(rebuild.subList(1, 3)));
    }
}
