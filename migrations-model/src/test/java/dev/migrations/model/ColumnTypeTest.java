package dev.migrations.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"bigint", "varchar(255)", "decimal(38,2)", "decimal(10)", "timestamp(6)",
            "timestamp_tz(6)", "time", "char(1)", "varbinary(255)", "blob", "uuid", "other"})
    void canonicalSpellingReadsBackToTheSameSpelling(String spelling) {
        assertEquals(spelling, ColumnType.parse(spelling).toString());
    }

    @Test
    void lengthGoesToCharacterKindsAndPrecisionToTimeKinds() {
        assertEquals(255, ColumnType.parse("varchar(255)").length());
        assertEquals(6, ColumnType.parse("timestamp(6)").precision());
        assertEquals(2, ColumnType.parse("decimal(10,2)").scale());
    }

    @Test
    void kindsRefuseArgumentsTheyDoNotTake() {
        assertThrows(IllegalArgumentException.class, () -> new ColumnType(TypeKind.BIGINT, 10, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ColumnType(TypeKind.VARCHAR, null, null, 2));
        assertThrows(IllegalArgumentException.class, () -> new ColumnType(TypeKind.DECIMAL, null, null, 2));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("bigint(3,4)"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("text"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("varchar(255"));
    }
}
