package dev.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchemaReaderErrorsTest {

    @Test
    void refusesADatabaseItCannotReadAndSaysHowToWriteTheRevisionByHand() {
        IntrospectionException e = assertThrows(IntrospectionException.class,
                () -> SchemaReader.defaults().read(connectionTo("Oracle")));

        assertEquals("INTROSPECT-001", e.id());
        assertTrue(e.getMessage().startsWith("[INTROSPECT-001] Autogenerate cannot read Oracle databases"),
                e.getMessage());
        assertTrue(e.getMessage().contains("mvn migrations:revision"), e.getMessage());
    }

    @Test
    void rejectsAnInvalidTablePatternNamingThePattern() {
        IntrospectionException e = assertThrows(IntrospectionException.class,
                () -> TableFilter.all().excluding("tmp_(.*"));

        assertEquals("INTROSPECT-002", e.id());
        assertTrue(e.getMessage().contains("'tmp_(.*'"), e.getMessage());
    }

    @Test
    void reportsAFailingMetadataQueryWithTheDatabasesMessage() throws Exception {
        Connection closed = TestDatabases.h2();
        closed.close();

        IntrospectionException e = assertThrows(IntrospectionException.class,
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
