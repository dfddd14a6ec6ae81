package dev.migrations.processor;

import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;

/** The column types of Hibernate's {@code @JdbcTypeCode(SqlTypes.X)} codes that the model can describe. */
final class JdbcTypes {

    private JdbcTypes() {
    }

    static ColumnType columnType(int code, TypeHints hints) {
        int length = hints.length() != null ? hints.length() : 255;
        return switch (code) {
            case -7, 16 -> ColumnType.of(TypeKind.BOOLEAN);
            case -6 -> ColumnType.of(TypeKind.TINYINT);
            case 5 -> ColumnType.of(TypeKind.SMALLINT);
            case 4 -> ColumnType.of(TypeKind.INTEGER);
            case -5 -> ColumnType.of(TypeKind.BIGINT);
            case 7 -> ColumnType.of(TypeKind.FLOAT);
            case 6, 8 -> ColumnType.of(TypeKind.DOUBLE);
            case 2, 3 -> hints.precision() > 0 ? ColumnType.decimal(hints.precision(), hints.scale())
                    : ColumnType.decimal(38, 2);
            case 1, -15 -> new ColumnType(TypeKind.CHAR, hints.length() != null ? hints.length() : 1, null, null);
            case 12, -9 -> ColumnType.varchar(length);
            // LONGVARCHAR and LONGVARBINARY are varchar(32600) / varbinary(32600) in Hibernate 7 (Length.LONG)
            case -1, -16 -> ColumnType.varchar(hints.length() != null ? hints.length() : 32600);
            case 4001, 4002, 2005, 2011, 3005, 3006 -> ColumnType.of(TypeKind.CLOB);
            case -2 -> new ColumnType(TypeKind.BINARY, length, null, null);
            case -3 -> new ColumnType(TypeKind.VARBINARY, length, null, null);
            case -4 -> new ColumnType(TypeKind.VARBINARY, hints.length() != null ? hints.length() : 32600, null, null);
            case 4003, 2004, 3004 -> ColumnType.of(TypeKind.BLOB);
            case 91, 3010 -> ColumnType.of(TypeKind.DATE);
            case 92, 3011 -> TypeMapper.time(TypeKind.TIME, 0, hints);
            case 93, 3009 -> TypeMapper.time(TypeKind.TIMESTAMP, 6, hints);
            case 2014, 3003, 3008, 3012, 3014 -> TypeMapper.time(TypeKind.TIMESTAMP_TZ, 6, hints);
            case 3000 -> ColumnType.of(TypeKind.UUID);
            default -> throw new MappingException(ErrorId.UNKNOWN_JDBC_TYPE, hints.blame(), "@JdbcTypeCode("
                    + code + ") has no column type in the schema model (JSON, XML, arrays, intervals, spatial"
                    + " and vector types are not described). Give the type with"
                    + " @Column(columnDefinition = \"...\"), for example columnDefinition = \"jsonb\".");
        };
    }
}
