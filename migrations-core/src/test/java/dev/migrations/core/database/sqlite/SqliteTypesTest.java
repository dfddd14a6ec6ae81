package dev.migrations.core.database.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.migrations.core.introspect.ReadType;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqliteTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "varchar(255)|varchar(255)",
            "VARCHAR(255)|varchar(255)",
            "character varying(40)|varchar(40)",
            "numeric(38,2)|decimal(38,2)",
            "DECIMAL(10, 2)|decimal(10,2)",
            "numeric(38)|decimal(38,0)",
            "numeric|decimal",
            "timestamp(6)|timestamp(6)",
            "timestamp|timestamp",
            "datetime|timestamp",
            "timestamp(6) with time zone|timestamp_tz(6)",
            "timestamp with time zone|timestamp_tz",
            "time|time",
            "time(0)|time(0)",
            "date|date",
            "integer|integer",
            "int|integer",
            "boolean|boolean",
            "blob|blob",
            "clob|clob",
            "text|clob",
            "uuid|uuid",
            "float(53)|double",
            "float(24)|float",
            "float|double",
            "real|float",
            "double precision|double",
            "double|double",
            "tinyint|tinyint",
            "smallint|smallint",
            "bigint|bigint",
            "char(1)|char(1)",
            "varbinary(255)|varbinary(255)",
            "binary(16)|binary(16)"
    })
    void readsSqliteDeclaredTypesAsWritten(String declared, String logical) {
        ReadType read = SqliteTypes.read(declared);

        assertEquals(ColumnType.parse(logical), read.type());
        assertNull(read.columnDefinition());
    }

    @Test
    void keepsSqliteTypesWithoutALogicalKindVerbatim() {
        assertEquals(new ReadType(ColumnType.of(TypeKind.OTHER), "geometry(4326)", List.of()),
                SqliteTypes.read(" geometry(4326) "));
        assertEquals(new ReadType(ColumnType.of(TypeKind.OTHER), "json", List.of()), SqliteTypes.read("json"));
        assertEquals(new ReadType(ColumnType.of(TypeKind.OTHER), "varchar(max)", List.of()),
                SqliteTypes.read("varchar(max)"));
    }
}
