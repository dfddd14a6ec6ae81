package dev.migrations.core.database.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.migrations.core.introspect.ReadType;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H2TypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHARACTER VARYING|255|0|varchar(255)",
            "CHARACTER|1|0|char(1)",
            "BINARY VARYING|16|0|varbinary(16)",
            "BINARY|16|0|binary(16)",
            "CHARACTER LARGE OBJECT|2147483647|0|clob",
            "BINARY LARGE OBJECT|2147483647|0|blob",
            "BINARY LARGE OBJECT|1000|0|blob(1000)",
            "NUMERIC|38|2|decimal(38,2)",
            "NUMERIC|19|0|decimal(19,0)",
            "REAL|24|0|float",
            "DOUBLE PRECISION|53|0|double",
            "FLOAT|53|0|double",
            "TIMESTAMP WITH TIME ZONE|32|6|timestamp_tz(6)",
            "TIMESTAMP|26|6|timestamp(6)",
            "TIMESTAMP|19|0|timestamp(0)",
            "TIME|8|0|time(0)",
            "DATE|10|0|date",
            "UUID|16|0|uuid",
            "BOOLEAN|1|0|boolean",
            "TINYINT|8|0|tinyint",
            "SMALLINT|16|0|smallint",
            "INTEGER|32|0|integer",
            "BIGINT|64|0|bigint"
    })
    void readsH2TypeNamesWithTheirSizes(String name, int size, int digits, String logical) {
        ReadType read = H2Types.read(name, size, digits);

        assertEquals(ColumnType.parse(logical), read.type());
        assertNull(read.columnDefinition());
    }

    @Test
    void readsH2EnumsAsVarcharWithTheirValuesAndOtherTypesVerbatim() {
        assertEquals(new ReadType(ColumnType.varchar(255), null, List.of("B", "A", "it's")),
                H2Types.read("ENUM('B', 'A', 'it''s')", 1, 0));
        assertEquals(ReadType.other("JSON"), H2Types.read("JSON", 1000000000, 0));
        assertEquals(ReadType.other("DECFLOAT"), H2Types.read("DECFLOAT", 100000, 0));
        assertEquals(ReadType.other("DECFLOAT(20)"), H2Types.read("DECFLOAT", 20, 0));
        assertEquals(ReadType.other("INTEGER ARRAY"), H2Types.read("INTEGER ARRAY", 65536, 0));
        assertEquals(ReadType.other("TIME(3) WITH TIME ZONE"), H2Types.read("TIME WITH TIME ZONE", 18, 3));
        assertEquals(ReadType.other("VARCHAR_IGNORECASE(40)"), H2Types.read("VARCHAR_IGNORECASE", 40, 0));
    }
}
