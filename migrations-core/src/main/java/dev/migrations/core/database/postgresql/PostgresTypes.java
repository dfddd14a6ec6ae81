package dev.migrations.core.database.postgresql;

import dev.migrations.core.introspect.ReadType;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PostgreSQL column type, as {@code format_type(atttypid, atttypmod)} spells it, into a logical type.
 *
 * <ul>
 *   <li>{@code character varying(n)}, {@code character(n)}, {@code numeric(p,s)} keep their numbers; a
 *       {@code character varying} without a length stays the database's own type (it is not the model's
 *       {@code varchar(255)}).
 *   <li>{@code timestamp} and {@code time} without a precision hold microseconds: they read as precision 6.
 *   <li>{@code oid} (the column Hibernate makes for {@code @Lob}) reads as a large object, {@code bytea} as
 *       variable binary.
 *   <li>Anything else ({@code text}, {@code jsonb}, arrays, native enum types, domains) keeps its own spelling.
 * </ul>
 *
 * <pre>{@code
 * PostgresTypes.read("timestamp(6) with time zone");   // TIMESTAMP_TZ, precision 6
 * }</pre>
 */
final class PostgresTypes {

    private static final Pattern SHAPE = Pattern.compile(
            "([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with(?:out)? time zone)?");

    private PostgresTypes() {
    }

    static ReadType read(String formatted) {
        String text = formatted.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return ReadType.other(formatted.strip());
        }
        String name = m.group(1).strip();
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean zoned = " with time zone".equals(m.group(4));
        ReadType known = switch (name) {
            case "boolean" -> ReadType.of(TypeKind.BOOLEAN);
            case "smallint" -> ReadType.of(TypeKind.SMALLINT);
            case "integer" -> ReadType.of(TypeKind.INTEGER);
            case "bigint" -> ReadType.of(TypeKind.BIGINT);
            case "real" -> ReadType.of(TypeKind.FLOAT);
            case "double precision" -> ReadType.of(TypeKind.DOUBLE);
            case "numeric" -> first == null ? ReadType.of(TypeKind.DECIMAL)
                    : ReadType.of(ColumnType.decimal(first, second == null ? 0 : second));
            case "character varying" -> first == null ? null
                    : ReadType.of(new ColumnType(TypeKind.VARCHAR, first, null, null));
            case "character" -> ReadType.of(new ColumnType(TypeKind.CHAR, first == null ? 1 : first, null, null));
            case "bytea" -> ReadType.of(TypeKind.VARBINARY);
            case "oid" -> ReadType.of(TypeKind.BLOB);
            case "date" -> ReadType.of(TypeKind.DATE);
            case "time" -> zoned ? null : ReadType.of(new ColumnType(TypeKind.TIME, null, first == null ? 6 : first, null));
            case "timestamp" -> ReadType.of(new ColumnType(zoned ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP, null,
                    first == null ? 6 : first, null));
            case "uuid" -> ReadType.of(TypeKind.UUID);
            default -> null;
        };
        return known != null ? known : ReadType.other(formatted.strip());
    }
}
