package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.RevisionRequest;
import dev.migrations.core.api.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The connection an upgrade opens while it reads its scripts is used once and always closed. */
class ConnectionAheadTest {

    @TempDir
    Path dir;

    @Test
    void anUpgradeThroughADataSourceOpensOneConnectionAndClosesIt() {
        CountingDataSource counting = new CountingDataSource("jdbc:sqlite:" + dir.resolve("db.sqlite3"));
        Migrations migrations = Migrations.configure().dataSource(counting).scriptLocation(dir.resolve("scripts"))
                .load();
        migrations.revision(RevisionRequest.of("one").withRevId("aaaa00000001").withHead("base")
                .withBodies("CREATE TABLE one (id INT);", "DROP TABLE one;"));

        assertEquals(1, migrations.upgrade("head").applied().size());
        assertEquals(counting.opened.get(), counting.closed.get());
        int before = counting.opened.get();
        assertEquals(0, Migrations.configure().dataSource(counting).scriptLocation(dir.resolve("scripts")).load()
                .upgrade("head").applied().size());
        // the product name and the no-op's reading share one connection; no lock is taken, so no URL is asked
        assertEquals(1, counting.opened.get() - before);
        assertEquals(counting.opened.get(), counting.closed.get());
    }

    @Test
    void aConnectionOpenedAheadThatNoCommandTakesIsClosed() throws Exception {
        CountingDataSource counting = new CountingDataSource("jdbc:sqlite:" + dir.resolve("db.sqlite3"));
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts").resolve("broken.sql"), "SELECT 1;\n");
        Migrations migrations = Migrations.configure().dataSource(counting).scriptLocation(dir.resolve("scripts"))
                .load();
        assertEquals("SCRIPT-001", assertThrows(ScriptException.class, () -> migrations.upgrade("head")).id());
        // discarded while it may still be opening: closed as soon as it is open, or never opened
        awaitAllClosed(counting);

        // discarded at once: not opened at all, or closed as soon as it is open
        JdbcConnections connections = JdbcConnections.forDataSource(counting, null, null);
        connections.openAhead();
        connections.discardAhead();
        awaitAllClosed(counting);
    }

    private static void awaitAllClosed(CountingDataSource counting) throws InterruptedException {
        Thread.sleep(300);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counting.opened.get() != counting.closed.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(counting.opened.get(), counting.closed.get());
    }

    @Test
    void theConnectionOpenedAheadIsTheNextOneAndItsFailureIsThrownThere() throws Exception {
        CountingDataSource counting = new CountingDataSource("jdbc:sqlite:" + dir.resolve("db.sqlite3"));
        JdbcConnections connections = JdbcConnections.forDataSource(counting, null, null);
        connections.openAhead();
        try (Connection first = connections.open(); Connection second = connections.open()) {
            assertFalse(first == second);
        }
        connections.discardAhead();
        assertEquals(2, counting.opened.get());
        assertEquals(2, counting.closed.get());

        DataSource failing = new CountingDataSource("jdbc:sqlite:" + dir.resolve("missing-folder/x/db.sqlite3")) {
            @Override
            public Connection getConnection() throws SQLException {
                throw new SQLException("the pool is exhausted");
            }
        };
        JdbcConnections broken = JdbcConnections.forDataSource(failing, null, null);
        broken.openAhead();
        DatabaseException e = assertThrows(DatabaseException.class, broken::open);
        assertEquals("DB-002", e.id());
        broken.discardAhead();
        // once discarded, connections are opened when asked
        assertSame(DatabaseException.class, assertThrows(DatabaseException.class, broken::open).getClass());
    }

    /** A DataSource over SQLite that counts the connections it hands out and those closed. */
    static class CountingDataSource implements DataSource {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        private final SQLiteDataSource target = new SQLiteDataSource();

        CountingDataSource(String url) {
            target.setUrl(url);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = target.getConnection();
            opened.incrementAndGet();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close") && !real.isClosed()) {
                            closed.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
