package dev.migrations.core.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.database.mariadb.MariaDbDatabase;
import dev.migrations.core.database.mariadb.MariaDbFlavor;
import dev.migrations.core.testing.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class DatabasesTest {

    @Test
    void urlsFindTheirDatabaseWhateverTheirCase() {
        assertEquals("SQLite", Databases.forUrl("jdbc:sqlite:/tmp/db.sqlite3").name());
        assertEquals("H2", Databases.forUrl("JDBC:H2:mem:test").name());
        assertEquals("sqlite", Databases.forUrl("jdbc:sqlite::memory:").dialect().name());
        assertTrue(Databases.find("jdbc:oracle:thin:@x").isEmpty());
    }

    @Test
    void aConnectionFindsItsDatabaseByProductNameWithoutAnyUrl() throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:databases-test");
             Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertEquals("H2", Databases.forConnection(h2).name());
            assertEquals("SQLite", Databases.forConnection(sqlite).name());
        }
    }

    @Test
    void aUrlThatIsNotAJdbcUrlIsAConfigurationErrorThatNeverShowsThePassword() {
        ConfigurationException e = assertThrows(UnsupportedDatabaseException.class,
                () -> Databases.forUrl("oracle:thin:scott/tiger@host:1521:orcl"));
        assertEquals("DB-004", e.id());
        assertTrue(e.userError());
        assertTrue(e.getMessage().contains("starting 'oracle:'"), e.getMessage());
        assertFalse(e.getMessage().contains("tiger"), e.getMessage());
        assertThrows(UnsupportedDatabaseException.class, () -> Databases.forUrl("postgres://app:secret@db/app"));
    }

    @Test
    void aJdbcUrlNoPackageKnowsGetsTheGenericDatabaseNamedForItsProduct() throws Exception {
        assertEquals("Oracle", Databases.forUrl("jdbc:oracle:thin:scott/tiger@host:1521:orcl").name());
        assertEquals("HSQLDB", Databases.forUrl("jdbc:hsqldb:mem:x").name());
        assertEquals("firebirdsql", Databases.forUrl("jdbc:firebirdsql://host/db").name());
        assertTrue(Databases.forUrl("jdbc:derby:memory:x").dialect().name().startsWith("generic"));
        try (Connection derby = DriverManager.getConnection("jdbc:derby:memory:databases-test;create=true")) {
            assertEquals("Apache Derby", Databases.forConnection(derby).name());
        }
    }

    @Test
    void driversAreKnownForPackagedAndOtherCommonDatabases() {
        assertEquals("org.xerial:sqlite-jdbc", Databases.driverFor("jdbc:sqlite:x.db").orElseThrow().coordinates());
        assertEquals("org.postgresql:postgresql",
                Databases.driverFor("jdbc:postgresql://h/db").orElseThrow().coordinates());
        assertTrue(Databases.driverFor("jdbc:unknown:x").isEmpty());
    }

    @Test
    void mariadbAndMysqlUrlsFindOnePackageInTheirOwnFlavour() {
        Database mariadb = Databases.forUrl("jdbc:mariadb://db:3306/app");
        Database mysql = Databases.forUrl("JDBC:MYSQL://db:3306/app");
        assertEquals(MariaDbFlavor.MARIADB, ((MariaDbDatabase) mariadb).flavor());
        assertEquals(MariaDbFlavor.MYSQL, ((MariaDbDatabase) mysql).flavor());
        assertEquals("mariadb", mariadb.dialect().name());
        assertEquals("mysql", mysql.dialect().name());
        assertFalse(mariadb.transactionalDdl());
        assertEquals("org.mariadb.jdbc:mariadb-java-client", mariadb.driver().orElseThrow().coordinates());
        assertEquals("com.mysql:mysql-connector-j", mysql.driver().orElseThrow().coordinates());
        assertTrue(Databases.supportedNames().contains("MariaDB, MySQL"), Databases.supportedNames());
    }

    @Test
    void aMariaDbConnectionIsRecognisedByItsProductName() throws Exception {
        try (TestServers.Server db = TestServers.mariadb(); Connection c = db.connect()) {
            assertEquals("MariaDB", Databases.forConnection(c).name());
        }
    }
}
