package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcConnectionsTest {

    private static DatabaseException missingDriver(String url) {
        return assertThrows(DatabaseException.class,
                () -> new JdbcConnections(url, "me", "s3cret", JdbcConnectionsTest.class.getClassLoader()).open());
    }

    @Test
    void aMissingDriverNamesTheMavenCoordinatesToAdd() {
        DatabaseException postgres = missingDriver("jdbc:postgresql://db/app?password=s3cret");
        assertEquals("DB-001", postgres.id());
        assertTrue(postgres.getMessage().contains("org.postgresql:postgresql"), postgres.getMessage());
        assertTrue(postgres.getMessage().contains("<groupId>org.postgresql</groupId>"), postgres.getMessage());
        assertFalse(postgres.getMessage().contains("s3cret"), postgres.getMessage());
        assertTrue(missingDriver("jdbc:mariadb://db/app").getMessage().contains("org.mariadb.jdbc:mariadb-java-client"));
        assertTrue(missingDriver("jdbc:mysql://db/app").getMessage().contains("com.mysql:mysql-connector-j"));
        assertTrue(missingDriver("jdbc:unknowndb://x").getMessage().contains("JDBC driver"));
    }

    @Test
    void everyKnownDatabaseHasItsDriverCoordinates() {
        assertEquals("org.xerial:sqlite-jdbc", DatabaseKind.of("jdbc:sqlite:x.db").driverCoordinates().orElseThrow());
        assertEquals("com.h2database:h2", DatabaseKind.of("jdbc:h2:mem:x").driverCoordinates().orElseThrow());
        assertEquals(DatabaseKind.OTHER, DatabaseKind.of("jdbc:oracle:thin:@x"));
    }

    @Test
    void aFailedConnectionKeepsThePasswordOut() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> new JdbcConnections(
                "jdbc:h2:/nonexistent-dir-for-test/x;IFEXISTS=TRUE;PASSWORD=s3cret", "sa", "s3cret",
                getClass().getClassLoader()).open());
        assertEquals("DB-002", e.id());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
