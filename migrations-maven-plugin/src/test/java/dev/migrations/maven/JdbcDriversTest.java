package dev.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdbcDriversTest {

    private final JdbcDrivers drivers = new JdbcDrivers(JdbcDriversTest.class.getClassLoader());

    @Test
    void theCarriedSqliteDriverIsFound() {
        assertTrue(drivers.hasDriverFor("jdbc:sqlite:target/x.db"));
        assertNull(drivers.missingDriverMessage("jdbc:sqlite:target/x.db", "jdbc:sqlite:target/x.db"));
    }

    @Test
    void aMissingPostgresqlDriverNamesTheDependencyXmlWithItsVersion() {
        String message = drivers.missingDriverMessage("jdbc:postgresql://db/app?password=hunter2",
                "jdbc:postgresql://db/app?password=***");
        assertTrue(message.startsWith("[CONFIG-104] "), message);
        assertTrue(message.contains("<groupId>org.postgresql</groupId>"), message);
        assertTrue(message.contains("<artifactId>postgresql</artifactId>"), message);
        assertTrue(message.matches("(?s).*<version>\\d+\\.\\d+\\.\\d+</version>.*"), message);
        assertTrue(message.contains("<artifactId>migrations-maven-plugin</artifactId>"), message);
        assertFalse(message.contains("hunter2"), message);
    }

    @Test
    void aMissingMariadbDriverNamesTheMariadbClient() {
        String message = drivers.missingDriverMessage("jdbc:mariadb://localhost/test", "jdbc:mariadb://localhost/test");
        assertTrue(message.contains("<groupId>org.mariadb.jdbc</groupId>"), message);
        assertTrue(message.contains("<artifactId>mariadb-java-client</artifactId>"), message);
    }

    @Test
    void anUnknownSubProtocolStillSaysWhereTheDriverGoes() {
        String message = drivers.missingDriverMessage("jdbc:nosuchdb://x", "jdbc:nosuchdb://x");
        assertTrue(message.startsWith("[CONFIG-104] "), message);
        assertTrue(message.contains("<dependencies>"), message);
        assertTrue(message.contains("'jdbc:nosuchdb:'"), message);
    }

    @Test
    void aUrlThatIsNotJdbcIsLeftToCoresValidation() {
        assertNull(drivers.missingDriverMessage("postgres://x", "postgres://x"));
    }

    @Test
    void theSubProtocolIsTheWordAfterJdbc() {
        assertEquals("postgresql", JdbcDrivers.subProtocol("jdbc:postgresql://h/db"));
        assertEquals("h2", JdbcDrivers.subProtocol("jdbc:h2:mem:x"));
        assertEquals("odd", JdbcDrivers.subProtocol("jdbc:odd"));
    }
}
