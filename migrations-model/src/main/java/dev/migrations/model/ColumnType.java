package dev.migrations.model;

import java.util.Objects;

/**
 * A logical column type: a kind with the length, precision and scale it needs.
 *
 * <pre>{@code
 * ColumnType email = ColumnType.varchar(255);
 * ColumnType price = ColumnType.decimal(10, 2);
 * ColumnType created = ColumnType.of(TypeKind.TIMESTAMP).withPrecision(6);
 * }</pre>
 *
 * @param kind      the logical kind
 * @param length    the length of character and binary kinds, else {@code null}
 * @param precision the precision of {@link TypeKind#DECIMAL}, or the fractional-second digits of time kinds,
 *                  else {@code null}
 * @param scale     the scale of {@link TypeKind#DECIMAL}, else {@code null}
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale) {

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (length != null && !takesLength(kind)) {
            throw new IllegalArgumentException(kind + " takes no length");
        }
        if (scale != null && kind != TypeKind.DECIMAL) {
            throw new IllegalArgumentException(kind + " takes no scale");
        }
        if (scale != null && precision == null) {
            throw new IllegalArgumentException("a scale needs a precision");
        }
        if (precision != null && kind != TypeKind.DECIMAL && !takesFractionalSeconds(kind)) {
            throw new IllegalArgumentException(kind + " takes no precision");
        }
    }

    /** Whether the kind has a length: character and binary kinds. */
    public static boolean takesLength(TypeKind kind) {
        return switch (kind) {
            case CHAR, VARCHAR, CLOB, BINARY, VARBINARY, BLOB -> true;
            default -> false;
        };
    }

    /** Whether the kind's precision counts fractional-second digits. */
    public static boolean takesFractionalSeconds(TypeKind kind) {
        return kind == TypeKind.TIME || kind == TypeKind.TIMESTAMP || kind == TypeKind.TIMESTAMP_TZ;
    }

    /**
     * Reads the canonical spelling that {@link #toString()} writes: {@code varchar(255)}, {@code decimal(10,2)},
     * {@code timestamp_tz(6)}, {@code bigint}.
     *
     * @throws IllegalArgumentException when the text is not such a spelling
     */
    public static ColumnType parse(String text) {
        String t = text.strip();
        int open = t.indexOf('(');
        String kindName = open < 0 ? t : t.substring(0, open);
        TypeKind kind;
        try {
            kind = TypeKind.valueOf(kindName.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown type kind '" + kindName + "' in '" + text + "'");
        }
        if (open < 0) {
            return of(kind);
        }
        if (!t.endsWith(")")) {
            throw new IllegalArgumentException("missing ')' in type '" + text + "'");
        }
        String[] args = t.substring(open + 1, t.length() - 1).split(",", -1);
        try {
            int first = Integer.parseInt(args[0].strip());
            if (args.length == 2 && kind == TypeKind.DECIMAL) {
                return new ColumnType(kind, null, first, Integer.parseInt(args[1].strip()));
            }
            if (args.length != 1) {
                throw new IllegalArgumentException("too many arguments in type '" + text + "'");
            }
            return takesLength(kind) ? new ColumnType(kind, first, null, null)
                    : new ColumnType(kind, null, first, null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in type '" + text + "'");
        }
    }

    /** A type of the given kind with no length, precision or scale. */
    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, null, null, null);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(TypeKind.VARCHAR, length, null, null);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(TypeKind.DECIMAL, null, precision, scale);
    }

    public ColumnType withLength(Integer length) {
        return new ColumnType(kind, length, precision, scale);
    }

    public ColumnType withPrecision(Integer precision) {
        return new ColumnType(kind, length, precision, scale);
    }

    public ColumnType withScale(Integer scale) {
        return new ColumnType(kind, length, precision, scale);
    }

    /** The canonical spelling, read back by {@link #parse(String)}: {@code varchar(255)}, {@code decimal(10,2)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT));
        if (length != null) {
            sb.append('(').append(length).append(')');
        } else if (precision != null && scale != null) {
            sb.append('(').append(precision).append(',').append(scale).append(')');
        } else if (precision != null) {
            sb.append('(').append(precision).append(')');
        }
        return sb.toString();
    }
}
