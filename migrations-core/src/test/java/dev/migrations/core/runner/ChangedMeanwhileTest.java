package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process that ignores the lock applies or reverts a revision just before this command runs it: the command
 * stops with DB-006 and the revision's changes are not made a second time. A transactional revision finds out
 * through its own version row; one without a transaction asks before it runs.
 */
class ChangedMeanwhileTest {

    @TempDir
    Path dir;

    @Test
    void aRevisionAppliedMeanwhileIsRolledBackWhenItsVersionRowIsRefused() throws Exception {
        SqliteFixture db = fixture(false);
        db.migrations().upgrade("aaaa");
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> meddling(db, "Upgrading bbbb00000001", recordedElsewhere("bbbb00000001")).upgrade("head"));
        assertEquals("DB-006", e.id());
        assertTrue(e.getMessage().contains("applied revision bbbb00000001"), e.getMessage());
        assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
        assertEquals(List.of("1"), db.query("SELECT n FROM counter"), "the revision's insert ran once at most");
    }

    @Test
    void aRevisionRevertedMeanwhileIsRolledBackWhenItsVersionRowIsGone() throws Exception {
        SqliteFixture db = fixture(false);
        db.migrations().upgrade("head");
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> meddling(db, "Downgrading bbbb00000001",
                        "DELETE FROM migrations_version WHERE version_id = 'bbbb00000001'").downgrade("aaaa"));
        assertEquals("DB-006", e.id());
        assertTrue(e.getMessage().contains("reverted revision bbbb00000001"), e.getMessage());
        assertEquals(List.of("1", "2"), db.query("SELECT n FROM counter ORDER BY n"), "its revert was rolled back");
    }

    @Test
    void aRevisionWithoutTransactionIsCheckedBeforeItRuns() throws Exception {
        SqliteFixture db = fixture(true);
        db.migrations().upgrade("aaaa");
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> meddling(db, "Upgrading bbbb00000001", recordedElsewhere("bbbb00000001")).upgrade("head"));
        assertEquals("DB-006", e.id());
        assertTrue(e.getMessage().contains("Nothing of it ran here"), e.getMessage());
        assertEquals(List.of("1"), db.query("SELECT n FROM counter"));
    }

    private SqliteFixture fixture(boolean secondWithoutTransaction) {
        SqliteFixture db = new SqliteFixture(dir);
        db.revision("aaaa00000001", "base", "counter", "CREATE TABLE counter (n INTEGER);\n"
                + "INSERT INTO counter VALUES (1);", "DROP TABLE counter;");
        if (secondWithoutTransaction) {
            db.noTransactionRevision("bbbb00000001", "head", "two", "INSERT INTO counter VALUES (2);",
                    "DELETE FROM counter WHERE n = 2;");
        } else {
            db.revision("bbbb00000001", "head", "two", "INSERT INTO counter VALUES (2);",
                    "DELETE FROM counter WHERE n = 2;");
        }
        return db;
    }

    private static String recordedElsewhere(String id) {
        return "INSERT INTO migrations_version (version_id, message, checksum, applied_at, applied_by, execution_ms) "
                + "VALUES ('" + id + "', 'two', 'x', '2026-01-01 00:00:00.000', 'another process', 0)";
    }

    /** A facade whose listener, when the command announces {@code line}, runs {@code sql} on another connection. */
    private static Migrations meddling(SqliteFixture db, String line, String sql) {
        return Migrations.configure().url(db.url).scriptLocation(db.scripts).listener(new MigrationListener() {
            @Override
            public void debug(String text) {
                if (text.startsWith(line)) {
                    try (Connection other = DriverManager.getConnection(db.url);
                         Statement s = other.createStatement()) {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }).load();
    }
}
