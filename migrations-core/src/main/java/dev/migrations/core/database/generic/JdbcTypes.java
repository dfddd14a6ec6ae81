package dev.migrations.core.database.generic;

import dev.migrations.core.introspect.ReadType;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import dev.migrations.core.introspect.TypeNames;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

/**
 * Reads a column's JDBC type ({@link java.sql.Types} code, type name, size and decimal digits, as
 * {@code DatabaseMetaData.getColumns} reports them) into a logical type. A standard type name decides first (some
 * drivers report only an affinity as the code); otherwise the code does, so every driver's spelling of a standard
 * type reads alike (Derby's {@code CHAR () FOR BIT DATA} is {@code BINARY}). Lengths of
 * character and binary strings and the precision and scale of exact numbers are kept; lengths of large objects
 * and fractional-second precisions are not, because the generic dialect does not write them. A type without a
 * logical kind keeps the database's spelling as its column definition.
 *
 * <pre>{@code
 * JdbcTypes.read(Types.NUMERIC, "NUMERIC", 10, 2);   // decimal(10,2)
 * JdbcTypes.read(Types.REAL, "REAL", 23, 0);         // float
 * }</pre>
 */
public final class JdbcTypes {

    private JdbcTypes() {
    }

    /**
     * @param jdbcType the {@link java.sql.Types} code
     * @param typeName the database's type name
     * @param size     the column size: length, or precision of exact numbers
     * @param digits   the decimal digits: scale of exact numbers
     */
    public static ReadType read(int jdbcType, String typeName, int size, int digits) {
        String name = typeName == null ? "" : typeName.strip();
        ReadType byName = byName(name, size, digits);
        return byName != null ? byName : byCode(jdbcType, name, size, digits);
    }

    /**
     * The standard type names that every driver spells alike, read by name: some drivers report a code that is
     * only an affinity (sqlite-jdbc gives a {@code DATE} column the code of {@code VARCHAR}).
     */
    private static ReadType byName(String name, int size, int digits) {
        String upper = name.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (upper) {
            case "BOOLEAN", "SMALLINT", "INTEGER", "INT", "BIGINT", "REAL", "DOUBLE", "DOUBLE PRECISION", "DATE",
                 "CLOB", "BLOB", "UUID" -> TypeNames.read(upper, List.of());
            case "TINYINT" -> ReadType.of(TypeKind.TINYINT);
            case "FLOAT" -> TypeNames.read(upper, size > 0 ? List.of(size) : List.of());
            case "NUMERIC", "DECIMAL" -> TypeNames.read(upper, size > 0 ? List.of(size, Math.max(digits, 0)) : List.of());
            case "CHAR", "CHARACTER", "VARCHAR", "CHARACTER VARYING", "BINARY", "VARBINARY", "BINARY VARYING" ->
                    TypeNames.read(upper, size > 0 ? List.of(size) : List.of());
            case "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> TypeNames.read(upper, List.of());
            // PostgreSQL's names, which its driver reports with the codes of other types
            case "TIMESTAMPTZ" -> ReadType.of(TypeKind.TIMESTAMP_TZ);
            case "OID" -> ReadType.of(TypeKind.BLOB);
            default -> null;
        };
    }

    private static ReadType byCode(int jdbcType, String name, int size, int digits) {
        return switch (jdbcType) {
            case Types.BOOLEAN -> ReadType.of(TypeKind.BOOLEAN);
            case Types.BIT -> size <= 1 ? ReadType.of(TypeKind.BOOLEAN) : other(name);
            case Types.TINYINT -> ReadType.of(TypeKind.TINYINT);
            case Types.SMALLINT -> ReadType.of(TypeKind.SMALLINT);
            case Types.INTEGER -> ReadType.of(TypeKind.INTEGER);
            case Types.BIGINT -> ReadType.of(TypeKind.BIGINT);
            case Types.REAL -> ReadType.of(TypeKind.FLOAT);
            // JDBC's FLOAT is double precision unless its binary precision fits a single one
            case Types.FLOAT -> ReadType.of(size > 0 && size <= 24 ? TypeKind.FLOAT : TypeKind.DOUBLE);
            case Types.DOUBLE -> ReadType.of(TypeKind.DOUBLE);
            case Types.NUMERIC, Types.DECIMAL -> size > 0 ? ReadType.of(ColumnType.decimal(size, Math.max(digits, 0)))
                    : ReadType.of(TypeKind.DECIMAL);
            case Types.CHAR, Types.NCHAR -> isUuid(name) ? ReadType.of(TypeKind.UUID) : sized(TypeKind.CHAR, size);
            case Types.VARCHAR, Types.NVARCHAR -> sized(TypeKind.VARCHAR, size);
            case Types.CLOB, Types.NCLOB -> ReadType.of(TypeKind.CLOB);
            case Types.BINARY -> isUuid(name) ? ReadType.of(TypeKind.UUID) : sized(TypeKind.BINARY, size);
            case Types.VARBINARY -> sized(TypeKind.VARBINARY, size);
            case Types.BLOB -> ReadType.of(TypeKind.BLOB);
            case Types.DATE -> ReadType.of(TypeKind.DATE);
            case Types.TIME -> ReadType.of(TypeKind.TIME);
            case Types.TIMESTAMP -> ReadType.of(TypeKind.TIMESTAMP);
            case Types.TIMESTAMP_WITH_TIMEZONE -> ReadType.of(TypeKind.TIMESTAMP_TZ);
            default -> isUuid(name) ? ReadType.of(TypeKind.UUID) : other(name);
        };
    }

    private static boolean isUuid(String name) {
        return name.toUpperCase(Locale.ROOT).equals("UUID");
    }

    private static ReadType sized(TypeKind kind, int size) {
        return ReadType.of(new ColumnType(kind, size > 0 ? size : null, null, null));
    }

    /** The database's own spelling, with the size where the name does not already carry arguments. */
    private static ReadType other(String name) {
        return ReadType.other(name.isEmpty() ? "other" : name);
    }
}
