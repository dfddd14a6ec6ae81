package dev.migrations.core.database.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.script.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What MySQL and MariaDB do around a statement, as the runner relies on it: which ones commit an open transaction
 * before they run, and which take and release table locks.
 */
class MariaDbStatementKindsTest {

    private final MariaDbDatabase database = new MariaDbDatabase(MariaDbFlavor.MARIADB);

    @ParameterizedTest
    @ValueSource(strings = {"CREATE TABLE book (id BIGINT)", "create index ix_book on book (id)",
            "ALTER TABLE book ADD COLUMN title VARCHAR(20)", "DROP TABLE book", "RENAME TABLE book TO volume",
            "TRUNCATE TABLE book", "-- a comment\nCREATE VIEW v AS SELECT 1", "CREATE OR REPLACE VIEW v AS SELECT 1",
            "ALTER TABLE tmp_book ADD COLUMN x INT"})
    void schemaChangesCommitTheOpenTransactionBeforeTheyRun(String sql) {
        assertTrue(MariaDbSessionLock.commitsBefore(new Statement(sql, 1)), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO book VALUES (1)", "UPDATE book SET id = 2", "SET @a = 1", "SELECT 1",
            "CALL fill_books()", "CREATE TEMPORARY TABLE t (id INT)", "create or replace temporary table t (id int)",
            "DROP TEMPORARY TABLE IF EXISTS t", "/*!50001 CREATE TABLE book (id INT) */", "LOCK TABLES book WRITE",
            "DO SLEEP(0)"})
    void otherStatementsDoNot(String sql) {
        assertFalse(MariaDbSessionLock.commitsBefore(new Statement(sql, 1)), sql);
    }

    @Test
    void lockTablesHoldsThemUntilUnlockTables() {
        assertTrue(after("LOCK TABLES book WRITE, shelf READ", false));
        assertTrue(after("lock table book write", false));
        assertTrue(after("INSERT INTO book VALUES (1)", true));
        assertTrue(after("ALTER TABLE book ADD COLUMN pages INT", true));
        assertFalse(after("UNLOCK TABLES", true));
        assertFalse(after("unlock table", true));
        assertFalse(after("INSERT INTO book VALUES (1)", false));
        assertFalse(after("LOCK_ME()", false));
        assertEquals(Optional.of("UNLOCK TABLES"), database.releaseTableLocks());
    }

    private boolean after(String sql, boolean before) {
        return database.holdsTableLocksAfter(new Statement(sql, 1), before);
    }
}
