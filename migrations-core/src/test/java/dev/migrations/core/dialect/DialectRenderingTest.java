package dev.migrations.core.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrations.core.database.h2.H2Dialect;
import dev.migrations.core.database.sqlite.SqliteDialect;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import org.junit.jupiter.api.Test;

class DialectRenderingTest {

    @Test
    void reservedWordsAndOddNamesAreQuotedButOtherNamesKeepTheirCase() {
        Dialect h2 = new H2Dialect();
        assertEquals("\"order\"", h2.quote("order"));
        assertEquals("\"user\"", h2.quote("user"));
        assertEquals("\"value\"", h2.quote("value"));
        assertEquals("firstName", h2.quote("firstName"));
        assertEquals("\"first name\"", h2.quote("first name"));
        assertEquals("\"a\"\"b\"", h2.quote("a\"b"));
        Dialect sqlite = new SqliteDialect();
        assertEquals("\"group\"", sqlite.quote("group"));
        assertEquals("\"key\"", sqlite.quote("key"));
        assertEquals("students", sqlite.quote("students"));
    }

    @Test
    void typesRenderAsHibernateSevenExpectsThem() {
        Dialect h2 = new H2Dialect();
        Dialect sqlite = new SqliteDialect();
        assertEquals("float(53)", h2.renderType(Column.of("d", ColumnType.of(TypeKind.DOUBLE), true, null)));
        assertEquals("timestamp(6) with time zone",
                h2.renderType(Column.of("t", ColumnType.of(TypeKind.TIMESTAMP_TZ), true, null)));
        assertEquals("uuid", h2.renderType(Column.of("u", ColumnType.of(TypeKind.UUID), true, null)));
        assertEquals("blob", sqlite.renderType(Column.of("u", ColumnType.of(TypeKind.UUID), true, null)));
        assertEquals("blob", sqlite.renderType(Column.of("b", new ColumnType(TypeKind.VARBINARY, 255, null, null),
                true, null)));
        assertEquals("integer", sqlite.renderType(Column.of("id", ColumnType.of(TypeKind.BIGINT), false, null)
                .withIdentity(true)));
        assertEquals("numeric(38,2)", sqlite.renderType(Column.of("p", ColumnType.decimal(38, 2), true, null)));
        assertEquals("varchar(20) default 'x'", sqlite.renderType(Column.of("c", ColumnType.varchar(20), true, null)
                .withColumnDefinition("varchar(20) default 'x'")));
    }
}
