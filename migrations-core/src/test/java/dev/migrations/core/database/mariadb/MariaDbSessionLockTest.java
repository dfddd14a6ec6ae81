package dev.migrations.core.database.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.runner.LockedSession;
import dev.migrations.core.script.Statement;
import dev.migrations.core.testing.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A revision's unit on MariaDB: when its commit is left to the statement that runs next, and that it is never lost. */
class MariaDbSessionLockTest {

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
    void aUnitLeftForTheNextSchemaChangeIsCommittedByIt() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection connection = db.connect();
             Connection observer = db.connect()) {
            execute(connection, "CREATE TABLE record (id INT PRIMARY KEY)");
            LockedSession session = acquire(db, connection);

            session.beginRevision();
            execute(connection, "INSERT INTO record VALUES (1)");
            session.commitRevisionBefore(new Statement("CREATE TABLE next_one (id INT)", 1));
            assertEquals(List.of(), ids(observer), "left open for the schema change");

            execute(connection, "CREATE TABLE next_one (id INT)");
            assertEquals(List.of(1), ids(observer));
            session.close();
        }
    }

    @Test
    void aUnitIsCommittedAtOnceWhenTheNextStatementWouldNotCommitIt() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection connection = db.connect();
             Connection observer = db.connect()) {
            execute(connection, "CREATE TABLE record (id INT PRIMARY KEY)");
            LockedSession session = acquire(db, connection);

            session.beginRevision();
            execute(connection, "INSERT INTO record VALUES (1)");
            session.commitRevisionBefore(new Statement("INSERT INTO record VALUES (2)", 1));

            assertEquals(List.of(1), ids(observer));
            session.close();
        }
    }

    @Test
    void aUnitLeftOpenIsCommittedNotUndoneWhenTheNextStatementFailsOrNeverRuns() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection connection = db.connect();
             Connection observer = db.connect()) {
            execute(connection, "CREATE TABLE record (id INT PRIMARY KEY)");
            LockedSession session = acquire(db, connection);

            session.beginRevision();
            execute(connection, "INSERT INTO record VALUES (1)");
            session.commitRevisionBefore(new Statement("CREATE TABLE (", 1));
            try {
                execute(connection, "CREATE TABLE (");   // refused before the server commits anything
            } catch (SQLException expected) {
                // what a failing revision leaves behind
            }
            execute(connection, "DELETE FROM record WHERE id = 5");   // as the failure report's clean-up does
            session.close();

            assertEquals(List.of(1), ids(observer));
        }
    }

    @Test
    void aRowStatementInItsOwnTransactionCommitsAUnitLeftOpenFirst() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection connection = db.connect();
             Connection observer = db.connect()) {
            execute(connection, "CREATE TABLE record (id INT PRIMARY KEY)");
            LockedSession session = acquire(db, connection);

            session.beginRevision();
            execute(connection, "INSERT INTO record VALUES (1)");
            session.commitRevisionBefore(new Statement("CREATE TEMPORARY TABLE scratch (id INT)", 1));
            assertEquals(List.of(1), ids(observer), "a temporary table does not commit: committed at once");

            session.beginRevision();
            execute(connection, "INSERT INTO record VALUES (2)");
            session.commitRevisionBefore(new Statement("ALTER TABLE record ADD COLUMN note INT", 1));
            try {
                session.runInOneTransaction(() -> {
                    execute(connection, "INSERT INTO record (id) VALUES (3)");
                    throw new SQLException("the mark's count failed");
                });
            } catch (SQLException expected) {
                // undone: the row of this transaction, never the unit before it
            }
            assertEquals(List.of(1, 2), ids(observer));
            assertTrue(connection.getAutoCommit());
            session.close();
        }
    }

    private static LockedSession acquire(TestServers.Server db, Connection connection) throws SQLException {
        JdbcConnections connections = JdbcConnections.forUrl(db.url(), null, null,
                MariaDbSessionLockTest.class.getClassLoader());
        return new MariaDbSessionLock().acquire(connection, connections, Duration.ofSeconds(5),
                new MigrationListener() {
                });
    }

    private static List<Integer> ids(Connection observer) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (java.sql.Statement s = observer.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM record ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
