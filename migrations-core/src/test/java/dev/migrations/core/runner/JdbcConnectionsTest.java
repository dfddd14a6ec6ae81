package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.database.Databases;
import dev.migrations.core.api.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcConnectionsTest {

    private static DatabaseException missingDriver(String url) {
        return assertThrows(DatabaseException.class,
                () -> JdbcConnections.forUrl(url, "me", "s3cret", JdbcConnectionsTest.class.getClassLoader()).open());
    }

    // MySQL's driver is not among this module's dependencies (the plugin leaves it to users), so it is missing here.
    @Test
    void aMissingDriverNamesTheMavenCoordinatesToAdd() {
        DatabaseException mysql = missingDriver("jdbc:mysql://db/app?password=s3cret");
        assertEquals("DB-001", mysql.id());
        assertTrue(mysql.getMessage().contains("com.mysql:mysql-connector-j"), mysql.getMessage());
        assertTrue(mysql.getMessage().contains("<groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId>"),
                mysql.getMessage());
        assertFalse(mysql.getMessage().contains("s3cret"), mysql.getMessage());
        assertTrue(missingDriver("jdbc:unknowndb://x").getMessage().contains("JDBC driver"));
    }

    @Test
    void theFacadeReportsAMissingDriverBeforeAnythingElse(@TempDir Path dir) {
        Migrations migrations = Migrations.configure().url("jdbc:mysql://db:3306/app").user("app")
                .password("s3cret").scriptLocation(dir).load();
        DatabaseException e = assertThrows(DatabaseException.class, () -> migrations.upgrade("head"));
        assertEquals("DB-001", e.id());
        assertTrue(e.getMessage().contains("com.mysql:mysql-connector-j"), e.getMessage());
        assertEquals("DB-001", assertThrows(DatabaseException.class, migrations::current).id());
    }

    @Test
    void everyKnownDatabaseHasItsDriverCoordinates() {
        assertEquals("org.xerial:sqlite-jdbc", Databases.driverFor("jdbc:sqlite:x.db").orElseThrow().coordinates());
        assertEquals("org.postgresql:postgresql",
                Databases.driverFor("jdbc:postgresql://h/db").orElseThrow().coordinates());
        assertEquals("org.mariadb.jdbc:mariadb-java-client",
                Databases.driverFor("jdbc:mariadb://h/db").orElseThrow().coordinates());
        assertEquals("com.mysql:mysql-connector-j", Databases.driverFor("jdbc:mysql://h/db").orElseThrow().coordinates());
        assertEquals("com.h2database:h2", Databases.driverFor("jdbc:h2:mem:x").orElseThrow().coordinates());
    }

    @Test
    void aFailedConnectionKeepsThePasswordOut() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> JdbcConnections.forUrl(
                "jdbc:h2:/nonexistent-dir-for-test/x;IFEXISTS=TRUE;PASSWORD=s3cret", "sa", "s3cret",
                getClass().getClassLoader()).open());
        assertEquals("DB-002", e.id());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void aFailedConnectionNamesTheSettingsToCheckInTheFrontEndsWords() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> JdbcConnections.forUrl(
                "jdbc:postgresql://127.0.0.1:1/app", "app", "s3cret", getClass().getClassLoader()).open());

        // the driver's message ends with a full stop of its own: one, not two
        assertTrue(e.getMessage().matches("\\[DB-002] Cannot connect to jdbc:postgresql://127.0.0.1:1/app: "
                + "Connection to 127.0.0.1:1 refused\\. [^.].*"), e.getMessage());
        assertFalse(e.getMessage().contains(".."), e.getMessage());
        assertTrue(e.getMessage().endsWith("Check the 'url' setting, the 'user' setting and the 'password' "
                + "setting, and that the database is running."), e.getMessage());
        assertTrue(e.message(new dev.migrations.core.api.Phrasing() {
            @Override
            public String setting(String name) {
                return "<" + name + ">";
            }

            @Override
            public String settingValue(String name, String value) {
                return name + "=" + value;
            }

            @Override
            public String command(String name, List<String> settingValues) {
                return name;
            }
        }).endsWith("Check <url>, <user> and <password>, and that the database is running."), e.getMessage());
    }

    @Test
    void aSqliteFileInAFolderThatDoesNotExistYetIsCreatedWithItsFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target/db/app.sqlite3");
        try (java.sql.Connection c = JdbcConnections.forUrl("jdbc:sqlite:" + file, null, null,
                getClass().getClassLoader()).open()) {
            c.createStatement().execute("create table t (x integer)");
        }
        assertTrue(java.nio.file.Files.isRegularFile(file));
    }

    @Test
    void aUrlOptionTheDriverCannotParseIsAConfigurationError(@TempDir Path dir) {
        JdbcConnections connections = JdbcConnections.forUrl("jdbc:sqlite:" + dir.resolve("x.db")
                + "?busy_timeout=abc&password=hunter2", null, null, getClass().getClassLoader());
        dev.migrations.core.api.ConfigurationException e = assertThrows(
                dev.migrations.core.api.ConfigurationException.class, connections::open);
        assertEquals("CONFIG-010", e.id());
        assertTrue(e.getMessage().contains("abc"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
}
