package dev.migrations.core.database.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A revision's unit on a real MariaDB server, left for the next statement to commit, is never lost. */
class MariaDbSessionLockTest {

    TestServers.Server db;
    Connection connection;
    Connection observer;
    LockedSession session;

    @BeforeEach
    void lockedSession() throws SQLException {
        db = TestServers.mariadb();
        connection = db.connect();
        observer = db.connect();
        execute(connection, "CREATE TABLE record (id INT PRIMARY KEY)");
        JdbcConnections connections = JdbcConnections.forUrl(db.url(), null, null,
                MariaDbSessionLockTest.class.getClassLoader());
        session = new MariaDbSessionLock().acquire(connection, connections, Duration.ofSeconds(5),
                new MigrationListener() {
                });
    }

    @AfterEach
    void drop() throws SQLException {
        try (TestServers.Server server = db; Connection c = connection; Connection o = observer) {
            // closed in reverse order; dropping the database ends what a test left
        }
    }

    @Test
    void aUnitLeftForTheNextSchemaChangeIsCommittedByIt() throws Exception {
        session.beginRevision();
        execute(connection, "INSERT INTO record VALUES (1)");
        session.commitRevisionBefore(new Statement("CREATE TABLE next_one (id INT)", 1));
        assertEquals(List.of(), ids(observer), "left open for the schema change");

        execute(connection, "CREATE TABLE next_one (id INT)");
        assertEquals(List.of(1), ids(observer));
        session.close();
    }

    @Test
    void aUnitIsCommittedAtOnceWhenTheNextStatementWouldNotCommitIt() throws Exception {
        session.beginRevision();
        execute(connection, "INSERT INTO record VALUES (1)");
        session.commitRevisionBefore(new Statement("INSERT INTO record VALUES (2)", 1));

        assertEquals(List.of(1), ids(observer));
        session.close();
    }

    @Test
    void aUnitLeftOpenIsCommittedNotUndoneWhenTheNextStatementFailsOrNeverRuns() throws Exception {
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

    @Test
    void aRowStatementInItsOwnTransactionCommitsAUnitLeftOpenFirst() throws Exception {
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

    private List<Integer> ids(Connection observer) throws SQLException {
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
