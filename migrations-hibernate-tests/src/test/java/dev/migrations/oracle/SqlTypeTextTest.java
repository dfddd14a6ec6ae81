package dev.migrations.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTypeTextTest {

    private static ColumnType type(OracleDialect dialect, String text, int code) {
        return SqlTypeText.parse(dialect, text, code, 255L, "c").type();
    }

    @Test
    void characterAndNumericSpellingsOfBothDialectsReadAsLogicalTypes() {
        assertEquals(ColumnType.varchar(40), type(OracleDialect.POSTGRESQL, "character varying(40)", Types.VARCHAR));
        assertEquals(ColumnType.varchar(40), type(OracleDialect.H2, "varchar(40)", Types.VARCHAR));
        assertEquals(ColumnType.decimal(10, 2), type(OracleDialect.H2, "numeric(10,2)", Types.NUMERIC));
        assertEquals(ColumnType.of(TypeKind.FLOAT), type(OracleDialect.H2, "float(24)", Types.FLOAT));
        assertEquals(ColumnType.of(TypeKind.DOUBLE), type(OracleDialect.POSTGRESQL, "float(53)", Types.DOUBLE));
        assertEquals(ColumnType.of(TypeKind.FLOAT), type(OracleDialect.POSTGRESQL, "float4", Types.FLOAT));
    }

    @Test
    void timeZonesAndFractionalSecondsAreKept() {
        assertEquals(new ColumnType(TypeKind.TIMESTAMP_TZ, null, 6, null),
                type(OracleDialect.POSTGRESQL, "timestamp(6) with time zone", Types.TIMESTAMP_WITH_TIMEZONE));
        assertEquals(new ColumnType(TypeKind.TIMESTAMP, null, 6, null),
                type(OracleDialect.H2, "timestamp(6)", Types.TIMESTAMP));
        assertEquals(new ColumnType(TypeKind.TIME, null, 0, null), type(OracleDialect.H2, "time(0)", Types.TIME));
    }

    @Test
    void theJdbcCodeDecidesWhereTheTextIsAmbiguous() {
        assertEquals(ColumnType.of(TypeKind.TINYINT), type(OracleDialect.POSTGRESQL, "smallint", Types.TINYINT));
        assertEquals(ColumnType.of(TypeKind.SMALLINT), type(OracleDialect.POSTGRESQL, "smallint", Types.SMALLINT));
        assertEquals(ColumnType.of(TypeKind.CLOB), type(OracleDialect.POSTGRESQL, "oid", Types.CLOB));
        assertEquals(ColumnType.of(TypeKind.BLOB), type(OracleDialect.POSTGRESQL, "oid", Types.BLOB));
    }

    @Test
    void lengthlessTypesTakeTheColumnLength() {
        assertEquals(new ColumnType(TypeKind.VARBINARY, 255, null, null),
                type(OracleDialect.POSTGRESQL, "bytea", Types.VARBINARY));
        SqlTypeText.Parsed e = SqlTypeText.parse(OracleDialect.H2, "enum ('A','B''s')", Types.VARCHAR, 20L, "grade");
        assertEquals(ColumnType.varchar(20), e.type());
        assertEquals(new CheckCondition.InValues("grade", List.of("A", "B's")), e.check());
    }

    @Test
    void unknownSpellingsAreRefusedNotGuessed() {
        assertThrows(IllegalArgumentException.class,
                () -> type(OracleDialect.POSTGRESQL, "geometry(point, 4326)", Types.OTHER));
        assertThrows(IllegalArgumentException.class, () -> type(OracleDialect.H2, "json", Types.OTHER));
    }
}
