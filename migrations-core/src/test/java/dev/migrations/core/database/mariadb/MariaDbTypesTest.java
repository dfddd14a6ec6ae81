package dev.migrations.core.database.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.migrations.core.introspect.ReadType;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** COLUMN_TYPE spellings of MariaDB 10.11 and MySQL 8 read into types that the dialect writes the same way. */
class MariaDbTypesTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "bigint(20)|bigint", "bigint|bigint", "int(11)|integer", "int|integer", "smallint(6)|smallint",
            "tinyint(4)|tinyint", "tinyint|tinyint", "tinyint(1)|boolean", "bit(1)|boolean", "float|float",
            "double|double", "decimal(38,2)|decimal(38,2)", "decimal(10,0)|decimal(10,0)", "char(1)|char(1)",
            "varchar(255)|varchar(255)", "text|varchar(65535)", "mediumtext|varchar(16777215)", "longtext|clob",
            "binary(16)|binary(16)", "varbinary(255)|varbinary(255)", "mediumblob|varbinary(16777215)",
            "longblob|blob", "date|date", "time|time(0)", "time(6)|time(6)", "datetime(6)|timestamp(6)",
            "datetime|timestamp(0)", "uuid|uuid", "enum('B','A')|varchar(255)"})
    void readsEachSpellingAsItsLogicalType(String columnType, String logical) {
        ReadType read = MariaDbTypes.read(columnType);
        assertNull(read.columnDefinition(), columnType);
        assertEquals(logical, read.type().toString());
    }

    @ParameterizedTest(name = "{0} keeps its spelling as {1}")
    @CsvSource(delimiter = '|', value = {"int(10) unsigned|int unsigned", "bigint unsigned|bigint unsigned",
            "tinytext|tinytext", "blob|blob", "timestamp(6)|timestamp(6)", "json|json", "year(4)|year(4)",
            "set('a','b')|set('a','b')", "decimal(10,2) unsigned|decimal(10,2) unsigned", "bit(8)|bit(8)"})
    void typesWithoutALogicalKindKeepTheServersSpelling(String columnType, String definition) {
        ReadType read = MariaDbTypes.read(columnType);
        assertEquals(TypeKind.OTHER, read.type().kind());
        assertEquals(definition, read.columnDefinition());
    }

    @Test
    void anEnumKeepsItsValuesInDeclarationOrder() {
        assertEquals(List.of("B", "A", "it's"), MariaDbTypes.read("enum('B','A','it''s')").enumValues());
    }

    /** What the server reports reads back to a type the dialect renders exactly as the model's type. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {"varchar(20000)|text", "varchar(100000)|mediumtext",
            "varbinary(100000)|mediumblob", "timestamp_tz(6)|datetime(6)", "float|float", "double|double"})
    void longTypesChosenByLengthReadBackRenderingTheSame(String model, String reported) {
        MariaDbDialect dialect = new MariaDbDialect();
        Column wanted = Column.of("c", ColumnType.parse(model), true, null);
        Column read = Column.of("c", MariaDbTypes.read(reported).type(), true, null);
        assertEquals(dialect.renderType(wanted), dialect.renderType(read));
    }
}
