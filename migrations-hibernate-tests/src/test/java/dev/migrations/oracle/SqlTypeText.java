package dev.migrations.oracle;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SQL type text a Hibernate dialect renders for a column ({@code character varying(255)},
 * {@code timestamp(6) with time zone}, {@code enum ('A','B')}) back into a logical {@link ColumnType}.
 *
 * <pre>{@code
 * SqlTypeText.Parsed p = SqlTypeText.parse(OracleDialect.H2, "enum ('GOLD','SILVER')", Types.VARCHAR, 255L, "tier");
 * p.type();    // varchar(255)
 * p.check();   // InValues(tier, [GOLD, SILVER])
 * }</pre>
 *
 * <p>The text alone is ambiguous in two places, where the JDBC type code Hibernate chose decides: PostgreSQL
 * renders both {@code byte} and {@code short} as {@code smallint}, and both {@code @Lob} kinds as {@code oid}.
 * Types that carry no length in their text (PostgreSQL {@code bytea}, H2 {@code enum}) take the column's
 * length, as Hibernate keeps it on the column.
 */
final class SqlTypeText {

    private static final Pattern SHAPE = Pattern.compile(
            "^([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?(\\s+with(?:out)? time zone)?$");
    private static final Pattern ENUM = Pattern.compile("^enum\\s*\\((.*)\\)$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");

    /** A parsed type, with the check a native enum type implies (or {@code null}). */
    record Parsed(ColumnType type, CheckCondition check) {
    }

    private SqlTypeText() {
    }

    /**
     * Parses one column's type text.
     *
     * @throws IllegalArgumentException when the text is not a spelling this dialect renders
     */
    static Parsed parse(OracleDialect dialect, String text, int jdbcTypeCode, Long columnLength, String column) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher en = ENUM.matcher(t);
        if (en.matches()) {
            List<String> values = new ArrayList<>();
            Matcher q = QUOTED.matcher(text.strip().substring(text.indexOf('(')));
            while (q.find()) {
                values.add(q.group(1).replace("''", "'"));
            }
            return new Parsed(lengthOf(TypeKind.VARCHAR, columnLength), new CheckCondition.InValues(column, values));
        }
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown " + dialect + " type text '" + text + "'");
        }
        String base = m.group(1).strip();
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean withTimeZone = m.group(4) != null && !m.group(4).contains("without");
        ColumnType type = switch (base) {
            case "boolean", "bool" -> ColumnType.of(TypeKind.BOOLEAN);
            case "tinyint" -> ColumnType.of(TypeKind.TINYINT);
            case "smallint", "int2" -> ColumnType.of(jdbcTypeCode == Types.TINYINT ? TypeKind.TINYINT
                    : TypeKind.SMALLINT);
            case "integer", "int", "int4" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint", "int8" -> ColumnType.of(TypeKind.BIGINT);
            case "real", "float4" -> ColumnType.of(TypeKind.FLOAT);
            case "double precision", "double", "float8" -> ColumnType.of(TypeKind.DOUBLE);
            case "float" -> ColumnType.of(first != null && first <= 24 ? TypeKind.FLOAT : TypeKind.DOUBLE);
            case "numeric", "decimal" -> new ColumnType(TypeKind.DECIMAL, null, first, second);
            case "char", "character" -> new ColumnType(TypeKind.CHAR, first == null ? 1 : first, null, null);
            case "varchar", "character varying" -> first == null ? lengthOf(TypeKind.VARCHAR, columnLength)
                    : ColumnType.varchar(first);
            case "clob", "character large object", "text" -> new ColumnType(TypeKind.CLOB, first, null, null);
            case "blob", "binary large object" -> new ColumnType(TypeKind.BLOB, first, null, null);
            case "oid" -> ColumnType.of(isCharacterLob(jdbcTypeCode) ? TypeKind.CLOB : TypeKind.BLOB);
            case "binary" -> new ColumnType(TypeKind.BINARY, first == null ? 1 : first, null, null);
            case "varbinary", "binary varying" -> first == null ? lengthOf(TypeKind.VARBINARY, columnLength)
                    : new ColumnType(TypeKind.VARBINARY, first, null, null);
            case "bytea" -> lengthOf(TypeKind.VARBINARY, columnLength);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> new ColumnType(TypeKind.TIME, null, first, null);
            case "timestamp" -> new ColumnType(withTimeZone ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP,
                    null, first, null);
            case "timestamptz" -> new ColumnType(TypeKind.TIMESTAMP_TZ, null, first, null);
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            default -> throw new IllegalArgumentException("unknown " + dialect + " type text '" + text + "'");
        };
        return new Parsed(type, null);
    }

    private static ColumnType lengthOf(TypeKind kind, Long columnLength) {
        return new ColumnType(kind, columnLength == null ? null : Math.toIntExact(columnLength), null, null);
    }

    private static boolean isCharacterLob(int jdbcTypeCode) {
        return jdbcTypeCode == Types.CLOB || jdbcTypeCode == Types.NCLOB || jdbcTypeCode == Types.LONGVARCHAR
                || jdbcTypeCode == Types.LONGNVARCHAR || jdbcTypeCode == Types.VARCHAR;
    }
}
