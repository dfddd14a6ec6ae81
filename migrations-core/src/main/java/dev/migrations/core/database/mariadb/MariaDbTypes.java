package dev.migrations.core.database.mariadb;

import dev.migrations.core.introspect.ReadType;
import dev.migrations.core.introspect.SqlToken;
import dev.migrations.core.introspect.SqlTokenizer;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code information_schema.COLUMNS.COLUMN_TYPE} ({@code bigint(20)}, {@code varchar(120)},
 * {@code enum('A','B')}, {@code int(10) unsigned}) into the logical type that {@link MariaDbDialect} renders the
 * same way, so that a column the tool created compares equal to the model:
 *
 * <ul>
 *   <li>integer display widths are ignored; {@code tinyint(1)} and {@code bit(1)} are booleans;
 *   <li>{@code float} is {@link TypeKind#FLOAT}, {@code double} is {@link TypeKind#DOUBLE};
 *   <li>{@code text} and {@code mediumtext} are the long {@code varchar}s Hibernate writes them for
 *       ({@code varchar(65535)}, {@code varchar(16777215)}); {@code longtext} is a {@link TypeKind#CLOB};
 *       likewise {@code mediumblob} and {@code longblob} for binaries;
 *   <li>{@code datetime(p)} is a timestamp; {@code uuid} a UUID;
 *   <li>{@code enum('A','B')} is {@code varchar(255)} with its values, which the reader turns into an unnamed
 *       {@code in} check: how the model describes a string enum;
 *   <li>anything else ({@code int unsigned}, {@code tinytext}, {@code timestamp(6)}, {@code json}) keeps the
 *       server's spelling as a column definition, so a difference from the model shows.
 * </ul>
 *
 * <pre>{@code
 * MariaDbTypes.read("decimal(10,2)");   // decimal(10,2)
 * MariaDbTypes.read("enum('B','A')");   // varchar(255), values [B, A]
 * }</pre>
 */
final class MariaDbTypes {

    private static final Pattern TYPE = Pattern.compile("([a-z]+)\\s*(?:\\(([^)]*)\\))?\\s*([a-z ]*)");

    private MariaDbTypes() {
    }

    static ReadType read(String columnType) {
        String spelled = columnType.strip();
        String lower = spelled.toLowerCase(Locale.ROOT);
        if (lower.startsWith("enum(") || lower.startsWith("enum (")) {
            return new ReadType(ColumnType.varchar(255), null, quotedValues(spelled));
        }
        Matcher m = TYPE.matcher(lower);
        if (!m.matches()) {
            return ReadType.other(spelled);
        }
        String name = m.group(1).strip();
        List<Integer> args = numbers(m.group(2));
        String suffix = m.group(3).strip();
        if (!suffix.isEmpty()) {
            return ReadType.other(withoutDisplayWidth(name, m.group(2), suffix));
        }
        Integer first = args.isEmpty() ? null : args.get(0);
        Integer second = args.size() > 1 ? args.get(1) : null;
        return switch (name) {
            case "bit" -> first == null || first == 1 ? ReadType.of(TypeKind.BOOLEAN) : ReadType.other(spelled);
            case "tinyint" -> ReadType.of(first != null && first == 1 ? TypeKind.BOOLEAN : TypeKind.TINYINT);
            case "bool", "boolean" -> ReadType.of(TypeKind.BOOLEAN);
            case "smallint" -> ReadType.of(TypeKind.SMALLINT);
            case "int", "integer" -> ReadType.of(TypeKind.INTEGER);
            case "bigint" -> ReadType.of(TypeKind.BIGINT);
            case "float" -> ReadType.of(first == null || first <= 24 ? TypeKind.FLOAT : TypeKind.DOUBLE);
            case "double", "double precision", "real" -> ReadType.of(TypeKind.DOUBLE);
            case "decimal", "numeric" -> ReadType.of(ColumnType.decimal(first == null ? 10 : first,
                    second == null ? 0 : second));
            case "char" -> ReadType.of(new ColumnType(TypeKind.CHAR, first == null ? 1 : first, null, null));
            case "varchar" -> ReadType.of(ColumnType.varchar(first));
            case "text" -> ReadType.of(ColumnType.varchar(MariaDbDialect.TEXT));
            case "mediumtext" -> ReadType.of(ColumnType.varchar(MariaDbDialect.MEDIUM));
            case "longtext" -> ReadType.of(TypeKind.CLOB);
            case "binary" -> ReadType.of(new ColumnType(TypeKind.BINARY, first == null ? 1 : first, null, null));
            case "varbinary" -> ReadType.of(new ColumnType(TypeKind.VARBINARY, first, null, null));
            case "mediumblob" -> ReadType.of(new ColumnType(TypeKind.VARBINARY, MariaDbDialect.MEDIUM, null, null));
            case "longblob" -> ReadType.of(TypeKind.BLOB);
            case "date" -> ReadType.of(TypeKind.DATE);
            case "time" -> ReadType.of(new ColumnType(TypeKind.TIME, null, first == null ? 0 : first, null));
            case "datetime" -> ReadType.of(new ColumnType(TypeKind.TIMESTAMP, null, first == null ? 0 : first,
                    null));
            case "uuid" -> ReadType.of(TypeKind.UUID);
            default -> ReadType.other(spelled);
        };
    }

    /** {@code int unsigned} for {@code int(10) unsigned}: widths are display hints that MySQL 8 no longer shows. */
    private static String withoutDisplayWidth(String name, String args, String suffix) {
        boolean integer = name.endsWith("int") || name.equals("integer");
        return name + (args == null || integer ? "" : "(" + args.replace(" ", "") + ")") + " " + suffix;
    }

    private static List<Integer> numbers(String args) {
        List<Integer> out = new ArrayList<>();
        if (args == null || args.isBlank()) {
            return out;
        }
        for (String a : args.split(",")) {
            try {
                out.add(Integer.parseInt(a.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }

    /** The values of {@code enum('B','A')} in the order the type declares them. */
    private static List<String> quotedValues(String type) {
        List<String> values = new ArrayList<>();
        for (SqlToken t : SqlTokenizer.tokenize(type)) {
            if (t.kind() == SqlToken.Kind.STRING) {
                values.add(t.text());
            }
        }
        return values;
    }
}
