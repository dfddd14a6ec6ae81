package dev.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationsException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchemaReaderErrorsTest {

    @Test
    void readsADatabaseWithoutAPackageThroughTheGenericReaderAndReportsItsMetadataFailure() {
        MigrationsException e = assertThrows(DatabaseException.class,
                () -> SchemaReader.defaults().read(connectionTo("Oracle")));

        assertEquals("INTROSPECT-003", e.id());
        assertTrue(e.getMessage().contains("not available in this test"), e.getMessage());
    }

    @Test
    void rejectsAnInvalidTablePatternNamingThePattern() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> TableFilter.all().excluding("tmp_(.*"));

        assertEquals("INTROSPECT-002", e.id());
        assertTrue(e.getMessage().contains("'tmp_(.*'"), e.getMessage());
    }

    @Test
    void reportsAFailingMetadataQueryWithTheDatabasesMessage() throws Exception {
        Connection closed = TestDatabases.h2();
        closed.close();

        DatabaseException e = assertThrows(DatabaseException.class,
                () -> SchemaReader.defaults().read(closed));

        assertEquals("INTROSPECT-003", e.id());
        assertTrue(e.getCause() instanceof SQLException, String.valueOf(e.getCause()));
    }

    /** A connection whose metadata names {@code product} and which fails on anything else. */
    private static Connection connectionTo(String product) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(SchemaReaderErrorsTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getDatabaseProductName")) {
                        return product;
                    }
                    throw new SQLException("not available in this test: " + method.getName());
                });
        return (Connection) Proxy.newProxyInstance(SchemaReaderErrorsTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return metaData;
                    }
                    throw new SQLException("not available in this test: " + method.getName());
                });
    }
}
