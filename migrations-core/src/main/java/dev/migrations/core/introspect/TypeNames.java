package dev.migrations.core.introspect;

import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.List;

/**
 * The SQL type names that SQLite declarations and H2's information schema share, read into logical types. A
 * name with no logical kind gives {@code null} so that the caller keeps the database's own spelling.
 */
public final class TypeNames {

    private TypeNames() {
    }

    /**
     * @param name the upper-case type words joined by one space ({@code DOUBLE PRECISION},
     *             {@code TIMESTAMP WITH TIME ZONE}), without arguments
     * @param args the numbers that followed in parentheses
     */
    public static ReadType read(String name, List<Integer> args) {
        Integer first = args.isEmpty() ? null : args.get(0);
        Integer second = args.size() > 1 ? args.get(1) : null;
        switch (name) {
            case "BOOLEAN", "BOOL" -> {
                return ReadType.of(TypeKind.BOOLEAN);
            }
            case "TINYINT" -> {
                return ReadType.of(TypeKind.TINYINT);
            }
            case "SMALLINT", "INT2" -> {
                return ReadType.of(TypeKind.SMALLINT);
            }
            case "INTEGER", "INT", "INT4", "MEDIUMINT" -> {
                return ReadType.of(TypeKind.INTEGER);
            }
            case "BIGINT", "INT8" -> {
                return ReadType.of(TypeKind.BIGINT);
            }
            case "REAL", "FLOAT4" -> {
                return ReadType.of(TypeKind.FLOAT);
            }
            case "DOUBLE", "DOUBLE PRECISION", "FLOAT8" -> {
                return ReadType.of(TypeKind.DOUBLE);
            }
            case "FLOAT" -> {
                return ReadType.of(first != null && first <= 24 ? TypeKind.FLOAT : TypeKind.DOUBLE);
            }
            case "DECIMAL", "NUMERIC", "DEC" -> {
                if (first == null) {
                    return ReadType.of(TypeKind.DECIMAL);
                }
                return ReadType.of(ColumnType.decimal(first, second == null ? 0 : second));
            }
            case "CHAR", "CHARACTER", "NCHAR", "NATIONAL CHARACTER", "NATIONAL CHAR" -> {
                return ReadType.of(new ColumnType(TypeKind.CHAR, first, null, null));
            }
            case "VARCHAR", "CHARACTER VARYING", "CHAR VARYING", "NVARCHAR", "VARCHAR2", "NVARCHAR2",
                 "VARYING CHARACTER", "NATIONAL CHARACTER VARYING", "NATIVE CHARACTER" -> {
                return ReadType.of(new ColumnType(TypeKind.VARCHAR, first, null, null));
            }
            case "CLOB", "TEXT", "CHARACTER LARGE OBJECT", "NCLOB", "LONGTEXT", "MEDIUMTEXT" -> {
                return ReadType.of(new ColumnType(TypeKind.CLOB, first, null, null));
            }
            case "BINARY" -> {
                return ReadType.of(new ColumnType(TypeKind.BINARY, first, null, null));
            }
            case "VARBINARY", "BINARY VARYING" -> {
                return ReadType.of(new ColumnType(TypeKind.VARBINARY, first, null, null));
            }
            case "BLOB", "BINARY LARGE OBJECT", "LONGBLOB", "MEDIUMBLOB" -> {
                return ReadType.of(new ColumnType(TypeKind.BLOB, first, null, null));
            }
            case "DATE" -> {
                return ReadType.of(TypeKind.DATE);
            }
            case "TIME", "TIME WITHOUT TIME ZONE" -> {
                return ReadType.of(new ColumnType(TypeKind.TIME, null, first, null));
            }
            case "TIMESTAMP", "DATETIME", "TIMESTAMP WITHOUT TIME ZONE" -> {
                return ReadType.of(new ColumnType(TypeKind.TIMESTAMP, null, first, null));
            }
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> {
                return ReadType.of(new ColumnType(TypeKind.TIMESTAMP_TZ, null, first, null));
            }
            case "UUID" -> {
                return ReadType.of(TypeKind.UUID);
            }
            default -> {
                return null;
            }
        }
    }
}
