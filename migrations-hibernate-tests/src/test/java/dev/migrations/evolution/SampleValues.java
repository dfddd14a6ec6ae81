package dev.migrations.evolution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Values for basic attributes chosen from the attribute's type and its mapping alone, so that any entity model
 * can be filled: short strings that fit every length, numbers inside {@code @Min}/{@code @Max}, whole seconds
 * for temporal types (every database keeps them), UTC offsets (every database reads them back the same).
 *
 * <pre>{@code
 * Object value = SampleValues.forField(field, 7);   // 7 makes assigned keys and strings distinct
 * }</pre>
 */
final class SampleValues {

    private static final Instant MOMENT = Instant.parse("2024-03-05T10:15:30Z");

    private SampleValues() {
    }

    /** A value for a basic, enum, converted or embeddable field; {@code seed} varies strings and numbers. */
    static Object forField(Field field, int seed) {
        Convert convert = annotation(field, Convert.class);
        if (convert != null && !convert.converter().equals(jakarta.persistence.AttributeConverter.class)) {
            return converted(convert.converter(), seed);
        }
        return forType(field.getType(), field, seed);
    }

    static Object forType(Class<?> type, Field field, int seed) {
        long number = bounded(field, seed);
        if (type == String.class) {
            int max = maxLength(field);
            String text = "v" + seed % 10;
            return text.length() <= max ? text : text.substring(0, max);
        }
        if (type == char.class || type == Character.class) {
            return (char) ('a' + seed % 26);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == byte.class || type == Byte.class) {
            return (byte) number;
        }
        if (type == short.class || type == Short.class) {
            return (short) number;
        }
        if (type == int.class || type == Integer.class) {
            return (int) number;
        }
        if (type == long.class || type == Long.class) {
            return number;
        }
        if (type == float.class || type == Float.class) {
            return number + 0.5f;
        }
        if (type == double.class || type == Double.class) {
            return number + 0.25d;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(number + ".5");
        }
        if (type == BigInteger.class) {
            return BigInteger.valueOf(number);
        }
        if (type == byte[].class) {
            return new byte[] {1, 2, (byte) seed};
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2024, 3, 1 + seed % 28);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(10, 15, seed % 60);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2024, 3, 5, 10, 15, seed % 60);
        }
        if (type == Instant.class) {
            return MOMENT.plusSeconds(seed);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.ofInstant(MOMENT.plusSeconds(seed), ZoneOffset.UTC);
        }
        if (type == ZonedDateTime.class) {
            return ZonedDateTime.ofInstant(MOMENT.plusSeconds(seed), ZoneOffset.UTC);
        }
        if (type == Timestamp.class) {
            return Timestamp.from(MOMENT.plusSeconds(seed));
        }
        if (type == Date.class) {
            jakarta.persistence.Temporal temporal = field == null ? null
                    : annotation(field, jakarta.persistence.Temporal.class);
            if (temporal != null && temporal.value() == jakarta.persistence.TemporalType.DATE) {
                return new Date(java.sql.Date.valueOf(LocalDate.of(2024, 3, 1 + seed % 28)).getTime());
            }
            if (temporal != null && temporal.value() == jakarta.persistence.TemporalType.TIME) {
                return new Date(java.sql.Time.valueOf(LocalTime.of(10, 15, seed % 60)).getTime());
            }
            return Date.from(MOMENT.plusSeconds(seed));
        }
        if (type == Calendar.class) {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(MOMENT.plusSeconds(seed).toEpochMilli());
            return calendar;
        }
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(("sample" + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[seed % constants.length];
        }
        if (type.isRecord() || type.isAnnotationPresent(Embeddable.class)) {
            return embeddable(type, seed);
        }
        String where = field == null ? ""
                : " (" + field.getDeclaringClass().getSimpleName() + "." + field.getName() + ")";
        throw new IllegalArgumentException("no sample value for " + type.getName() + where);
    }

    /** An embeddable (class or record) with every basic member filled. */
    static Object embeddable(Class<?> type, int seed) {
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                Object[] args = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    Field field = type.getDeclaredField(components[i].getName());
                    args[i] = forField(field, seed + i);
                }
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(args);
            }
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            int i = 0;
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                        continue;
                    }
                    field.setAccessible(true);
                    field.set(instance, forField(field, seed + i++));
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build embeddable " + type.getName(), e);
        }
    }

    /** Runs the attribute's converter on a sample of its database type, as Hibernate does when reading. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(Class<?> converterType, int seed) {
        try {
            Constructor<?> constructor = converterType.getDeclaredConstructor();
            constructor.setAccessible(true);
            jakarta.persistence.AttributeConverter converter =
                    (jakarta.persistence.AttributeConverter) constructor.newInstance();
            Class<?> databaseType = databaseTypeOf(converterType);
            return converter.convertToEntityAttribute(forType(databaseType, null, seed));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run converter " + converterType.getName(), e);
        }
    }

    private static Class<?> databaseTypeOf(Class<?> converterType) {
        for (Class<?> c = converterType; c != null; c = c.getSuperclass()) {
            for (Type i : c.getGenericInterfaces()) {
                if (i instanceof ParameterizedType p
                        && p.getRawType() == jakarta.persistence.AttributeConverter.class
                        && p.getActualTypeArguments()[1] instanceof Class<?> y) {
                    return y;
                }
            }
        }
        throw new IllegalArgumentException(converterType.getName() + " declares no AttributeConverter<X, Y>");
    }

    private static long bounded(Field field, int seed) {
        long value = 1 + seed % 5;
        if (field == null) {
            return value;
        }
        Min min = annotation(field, Min.class);
        Max max = annotation(field, Max.class);
        if (min != null && value < min.value()) {
            value = min.value();
        }
        if (max != null && value > max.value()) {
            value = max.value();
        }
        return value;
    }

    private static int maxLength(Field field) {
        int max = 255;
        if (field == null) {
            return max;
        }
        Column column = annotation(field, Column.class);
        if (column != null && column.length() > 0 && column.columnDefinition().isEmpty()) {
            max = Math.min(max, column.length());
        }
        Size size = annotation(field, Size.class);
        if (size != null) {
            max = Math.min(max, size.max());
        }
        return max;
    }

    /**
     * The field's annotation, or, for an entity with property access, the annotation on its getter
     * ({@code getX()}/{@code isX()}), where such entities declare their mapping.
     */
    static <A extends java.lang.annotation.Annotation> A annotation(Field field, Class<A> type) {
        A onField = field.getAnnotation(type);
        if (onField != null) {
            return onField;
        }
        String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
        for (String getter : List.of("get" + suffix, "is" + suffix)) {
            try {
                A onGetter = field.getDeclaringClass().getDeclaredMethod(getter).getAnnotation(type);
                if (onGetter != null) {
                    return onGetter;
                }
            } catch (NoSuchMethodException e) {
                // no such getter: the field is the only place
            }
        }
        return null;
    }

    /** Collects the instance fields of a class and its superclasses, superclasses first. */
    static List<Field> instanceFields(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
