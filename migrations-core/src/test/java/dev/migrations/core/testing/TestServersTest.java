package dev.migrations.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TestServersTest {

    @Test
    void replacesTheDatabaseNameAndKeepsTheParameters() {
        assertEquals("jdbc:postgresql://h:5432/x?user=postgres",
                TestServers.withDatabase("jdbc:postgresql://h:5432/test?user=postgres", "x"));
        assertEquals("jdbc:mariadb://h/x", TestServers.withDatabase("jdbc:mariadb://h", "x"));
        assertEquals("jdbc:mariadb://h/x?user=root", TestServers.withDatabase("jdbc:mariadb://h?user=root", "x"));
    }

    @ParameterizedTest
    @EnumSource(TestServers.Kind.class)
    void eachTestGetsAnEmptyDatabaseThatIsDroppedAfterwards(TestServers.Kind kind) throws Exception {
        String name;
        try (TestServers.Server db = TestServers.create(kind); Connection c = db.connect();
             Statement s = c.createStatement()) {
            name = db.name();
            s.execute("create table t (id int primary key)");
            try (ResultSet rs = s.executeQuery("select count(*) from t")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1));
            }
        }
        try (TestServers.Server other = TestServers.create(kind); Connection c = other.connect();
             ResultSet rs = c.getMetaData().getCatalogs()) {
            boolean found = false;
            while (rs.next()) {
                found |= rs.getString(1).equalsIgnoreCase(name);
            }
            assertFalse(found, name + " was not dropped");
        }
    }
}
