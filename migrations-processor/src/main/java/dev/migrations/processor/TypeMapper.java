package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Maps a Java attribute type to the logical column type Hibernate ORM 7 gives it by default, with the
 * adjustments its annotations ask for. See docs/processor.md for the table.
 */
final class TypeMapper {

    /** Hibernate's default fractional-second digits: {@code time(0)}, {@code timestamp(6)}. */
    private static final int TIME_DIGITS = 0;
    private static final int TIMESTAMP_DIGITS = 6;
    /** Ordinal enums with more constants than this are stored as {@code smallint}. */
    private static final int TINYINT_ENUM_LIMIT = 128;

    /**
     * A column type and the check constraint it brings (ordinal and string enums).
     *
     * @param type  the column type
     * @param check the check for a given column name, or {@code null}
     */
    record Mapped(ColumnType type, Function<String, CheckCondition> check) {
        static Mapped of(ColumnType type) {
            return new Mapped(type, null);
        }
    }

    private final Types types;
    private final Converters converters;

    TypeMapper(Types types, Converters converters) {
        this.types = types;
        this.converters = converters;
    }

    Mapped map(TypeMirror type, TypeHints hints) {
        if (!hints.convertDisabled()) {
            TypeElement converter = hints.converter() != null ? hints.converter() : converters.autoApplied(type);
            if (converter != null) {
                TypeMirror databaseType = converters.databaseType(converter, hints.blame());
                Mapped converted = map(databaseType, hints.forConvertedType());
                Function<String, CheckCondition> check = Converters.builtInCheck(converter);
                return check == null ? converted : new Mapped(converted.type(), check);
            }
        }
        if (hints.jdbcTypeCode() != null) {
            return Mapped.of(withValidation(JdbcTypes.columnType(hints.jdbcTypeCode(), hints), hints));
        }
        Mapped mapped = byJavaType(type, hints);
        return new Mapped(withValidation(mapped.type(), hints), mapped.check());
    }

    private Mapped byJavaType(TypeMirror type, TypeHints hints) {
        switch (type.getKind()) {
            case BOOLEAN:
                return Mapped.of(ColumnType.of(TypeKind.BOOLEAN));
            case BYTE:
                return Mapped.of(ColumnType.of(TypeKind.TINYINT));
            case SHORT:
                return Mapped.of(ColumnType.of(TypeKind.SMALLINT));
            case INT:
                return Mapped.of(ColumnType.of(TypeKind.INTEGER));
            case LONG:
                return Mapped.of(ColumnType.of(TypeKind.BIGINT));
            case FLOAT:
                return Mapped.of(ColumnType.of(TypeKind.FLOAT));
            case DOUBLE:
                return Mapped.of(ColumnType.of(TypeKind.DOUBLE));
            case CHAR:
                return Mapped.of(character(hints));
            case ARRAY:
                return array((ArrayType) type, hints);
            case DECLARED:
                return declared((DeclaredType) type, hints);
            default:
                throw unknown(type, hints);
        }
    }

    private Mapped array(ArrayType type, TypeHints hints) {
        TypeMirror component = type.getComponentType();
        switch (component.getKind()) {
            case BYTE:
                return Mapped.of(hints.lob() ? ColumnType.of(TypeKind.BLOB)
                        : new ColumnType(TypeKind.VARBINARY, length(hints), null, null));
            case CHAR:
                return Mapped.of(hints.lob() ? ColumnType.of(TypeKind.CLOB) : ColumnType.varchar(length(hints)));
            default:
                break;
        }
        String name = types.erasure(component).toString();
        if (name.equals("java.lang.Byte") || name.equals("java.lang.Character")) {
            throw new MappingException(ErrorId.UNKNOWN_TYPE, hints.blame(), "Hibernate 7 maps " + name
                    + "[] to an SQL array, which the schema model cannot describe. Use "
                    + (name.endsWith("Byte") ? "byte[]" : "char[]")
                    + " instead, or give the type with @Column(columnDefinition = \"...\").");
        }
        throw unknown(type, hints);
    }

    private Mapped declared(DeclaredType type, TypeHints hints) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return enumeration(element, hints);
        }
        String name = element.getQualifiedName().toString();
        switch (name) {
            case "java.lang.String":
                return Mapped.of(hints.lob() ? ColumnType.of(TypeKind.CLOB) : ColumnType.varchar(length(hints)));
            case "java.lang.Character":
                return Mapped.of(character(hints));
            case "java.lang.Boolean":
                return Mapped.of(ColumnType.of(TypeKind.BOOLEAN));
            case "java.lang.Byte":
                return Mapped.of(ColumnType.of(TypeKind.TINYINT));
            case "java.lang.Short":
                return Mapped.of(ColumnType.of(TypeKind.SMALLINT));
            case "java.lang.Integer", "java.time.Year":
                return Mapped.of(ColumnType.of(TypeKind.INTEGER));
            case "java.lang.Long":
                return Mapped.of(ColumnType.of(TypeKind.BIGINT));
            case "java.lang.Float":
                return Mapped.of(ColumnType.of(TypeKind.FLOAT));
            case "java.lang.Double":
                return Mapped.of(ColumnType.of(TypeKind.DOUBLE));
            case "java.math.BigDecimal":
                return Mapped.of(hints.precision() > 0 ? ColumnType.decimal(hints.precision(), hints.scale())
                        : ColumnType.decimal(38, 2));
            case "java.math.BigInteger":
                return Mapped.of(ColumnType.decimal(hints.precision() > 0 ? hints.precision() : 38, 0));
            case "java.time.Duration":
                return Mapped.of(ColumnType.decimal(21, 0));
            case "java.time.LocalDate", "java.sql.Date":
                return Mapped.of(ColumnType.of(TypeKind.DATE));
            case "java.time.LocalTime", "java.sql.Time":
                return Mapped.of(time(TypeKind.TIME, TIME_DIGITS, hints));
            case "java.time.LocalDateTime", "java.sql.Timestamp":
                return Mapped.of(time(TypeKind.TIMESTAMP, TIMESTAMP_DIGITS, hints));
            case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime":
                return Mapped.of(time(TypeKind.TIMESTAMP_TZ, TIMESTAMP_DIGITS, hints));
            case "java.util.Date", "java.util.Calendar", "java.util.GregorianCalendar":
                return Mapped.of(temporal(hints));
            case "java.util.UUID":
                return Mapped.of(ColumnType.of(TypeKind.UUID));
            case "java.time.ZoneOffset":
                return Mapped.of(ColumnType.varchar(hints.length() != null ? hints.length() : 6));
            case "java.util.Currency":
                return Mapped.of(ColumnType.varchar(hints.length() != null ? hints.length() : 3));
            case "java.util.Locale", "java.util.TimeZone", "java.time.ZoneId", "java.net.URL", "java.lang.Class":
                return Mapped.of(ColumnType.varchar(length(hints)));
            case "java.sql.Blob":
                return Mapped.of(ColumnType.of(TypeKind.BLOB));
            case "java.sql.Clob", "java.sql.NClob":
                return Mapped.of(ColumnType.of(TypeKind.CLOB));
            case "java.time.OffsetTime":
                throw new MappingException(ErrorId.UNKNOWN_TYPE, hints.blame(), "Hibernate 7 maps"
                        + " java.time.OffsetTime to 'time with time zone' on some databases and to 'time' on"
                        + " others, which the schema model cannot describe. Use java.time.LocalTime, or give the"
                        + " type with @Column(columnDefinition = \"...\").");
            default:
                throw unknown(type, hints);
        }
    }

    private Mapped enumeration(TypeElement element, TypeHints hints) {
        List<String> constants = new ArrayList<>();
        for (Element e : element.getEnclosedElements()) {
            if (e.getKind() == ElementKind.ENUM_CONSTANT) {
                constants.add(e.getSimpleName().toString());
            }
        }
        if ("STRING".equals(hints.enumType())) {
            List<String> values = List.copyOf(constants);
            return new Mapped(ColumnType.varchar(length(hints)),
                    values.isEmpty() ? null : column -> new CheckCondition.InValues(column, values));
        }
        TypeKind kind = constants.size() > TINYINT_ENUM_LIMIT ? TypeKind.SMALLINT : TypeKind.TINYINT;
        long max = constants.size() - 1L;
        return new Mapped(ColumnType.of(kind),
                constants.isEmpty() ? null : column -> new CheckCondition.Range(column, 0L, max));
    }

    private ColumnType temporal(TypeHints hints) {
        String temporal = hints.temporal() == null ? "TIMESTAMP" : hints.temporal();
        return switch (temporal) {
            case "DATE" -> ColumnType.of(TypeKind.DATE);
            case "TIME" -> time(TypeKind.TIME, TIME_DIGITS, hints);
            default -> time(TypeKind.TIMESTAMP, TIMESTAMP_DIGITS, hints);
        };
    }

    static ColumnType time(TypeKind kind, int defaultDigits, TypeHints hints) {
        int digits = hints.secondPrecision() != null ? hints.secondPrecision() : defaultDigits;
        return ColumnType.of(kind).withPrecision(digits);
    }

    private static ColumnType character(TypeHints hints) {
        return new ColumnType(TypeKind.CHAR, hints.length() != null ? hints.length() : 1, null, null);
    }

    private static int length(TypeHints hints) {
        return hints.length() != null ? hints.length() : 255;
    }

    /** Bean Validation's {@code @Size(max)} sets a string's length, {@code @Digits} a decimal's precision. */
    private static ColumnType withValidation(ColumnType type, TypeHints hints) {
        if (hints.sizeMax() != null && type.kind() == TypeKind.VARCHAR) {
            type = type.withLength(hints.sizeMax());
        }
        if (hints.digitsInteger() != null && type.kind() == TypeKind.DECIMAL) {
            type = ColumnType.decimal(hints.digitsInteger() + hints.digitsFraction(), hints.digitsFraction());
        }
        return type;
    }

    private MappingException unknown(TypeMirror type, TypeHints hints) {
        return new MappingException(ErrorId.UNKNOWN_TYPE, hints.blame(), "No column type is known for "
                + type + ". Map it with @Convert(converter = ...) to a supported type, give the type with"
                + " @Column(columnDefinition = \"...\"), or exclude it with @Transient.");
    }

}
