package dev.migrations.evolution;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * Persists one instance of every concrete entity of a compiled domain and loads each back in a fresh session,
 * comparing every attribute its rows hold (basic values, references, owned collections). Instances are filled
 * generically from the mapping: basic values by type ({@link SampleValues}), associations pointing at instances
 * persisted before (an entity whose required association has no target yet waits for it), element collections
 * with one element, and the owning side of collection associations with one persisted target.
 *
 * <pre>{@code
 * List<String> failures = EntityRoundTrip.run(sessionFactory, domain.entityClasses());
 * assertEquals(List.of(), failures);
 * }</pre>
 */
final class EntityRoundTrip {

    private final SessionFactory sessionFactory;
    private final Map<Class<?>, Object> persisted = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int seed = 1;

    private EntityRoundTrip(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Returns one line per entity that could not be persisted or did not read back equal; empty when all did. */
    static List<String> run(SessionFactory sessionFactory, List<Class<?>> entityClasses) {
        EntityRoundTrip trip = new EntityRoundTrip(sessionFactory);
        trip.persistAll(entityClasses.stream().filter(c -> !Modifier.isAbstract(c.getModifiers())).toList());
        trip.loadAll();
        return List.copyOf(trip.failures);
    }

    private void persistAll(List<Class<?>> concrete) {
        List<Class<?>> pending = new ArrayList<>(concrete);
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Class<?> type : List.copyOf(pending)) {
                if (requiredTargetsPersisted(type)) {
                    pending.remove(type);
                    progress = true;
                    persist(type);
                }
            }
        }
        for (Class<?> type : pending) {
            failures.add(type.getSimpleName() + ": a required association has no persisted target (cycle?)");
        }
    }

    private boolean requiredTargetsPersisted(Class<?> type) {
        for (Field field : SampleValues.instanceFields(type)) {
            if (isReference(field) && isRequired(field) && target(field.getType()) == null) {
                return false;
            }
        }
        return true;
    }

    private void persist(Class<?> type) {
        Object instance;
        try {
            instance = fill(type);
        } catch (RuntimeException e) {
            failures.add(type.getSimpleName() + ": cannot build an instance: " + rootMessage(e));
            return;
        }
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                session.persist(instance);
                tx.commit();
                persisted.put(type, instance);
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                failures.add(type.getSimpleName() + ": persist failed: " + rootMessage(e));
            }
        }
    }

    private Object fill(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            for (Field field : SampleValues.instanceFields(type)) {
                Object value = valueFor(field);
                if (value != null) {
                    field.set(instance, value);
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object valueFor(Field field) {
        if (skipped(field) || has(field, GeneratedValue.class)) {
            return null;
        }
        if (isReference(field)) {
            return target(field.getType());
        }
        if (has(field, OneToOne.class)) {
            return null; // the inverse side: the other entity owns the key
        }
        if (has(field, OneToMany.class)
                || has(field, ManyToMany.class)) {
            return ownsCollection(field) ? collectionOf(field, target(elementType(field, 0))) : null;
        }
        if (has(field, ElementCollection.class)) {
            return elementCollection(field);
        }
        if (has(field, Id.class) && isWholeNumber(field.getType())) {
            // far above the ids the tests insert with SQL
            return SampleValues.forType(field.getType(), null, 0).getClass() == Integer.class
                    ? (Object) (900_000 + seed++) : (Object) (900_000L + seed++);
        }
        if (has(field, EmbeddedId.class)) {
            return SampleValues.embeddable(field.getType(), seed++);
        }
        return SampleValues.forField(field, seed++);
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class;
    }

    private static boolean skipped(Field field) {
        return Modifier.isTransient(field.getModifiers()) || has(field, Transient.class)
                || has(field, Version.class)
                || has(field, org.hibernate.annotations.Formula.class);
    }

    private static boolean has(Field field, Class<? extends java.lang.annotation.Annotation> annotation) {
        return SampleValues.annotation(field, annotation) != null;
    }

    private static boolean isReference(Field field) {
        OneToOne oneToOne = SampleValues.annotation(field, OneToOne.class);
        return has(field, ManyToOne.class) || (oneToOne != null && oneToOne.mappedBy().isEmpty());
    }

    private static boolean isRequired(Field field) {
        ManyToOne manyToOne = SampleValues.annotation(field, ManyToOne.class);
        OneToOne oneToOne = SampleValues.annotation(field, OneToOne.class);
        JoinColumn joinColumn = SampleValues.annotation(field, JoinColumn.class);
        return (manyToOne != null && !manyToOne.optional()) || (oneToOne != null && !oneToOne.optional())
                || (joinColumn != null && !joinColumn.nullable()) || has(field, Id.class)
                || has(field, MapsId.class) || has(field, NotNull.class);
    }

    private static boolean ownsCollection(Field field) {
        OneToMany oneToMany = SampleValues.annotation(field, OneToMany.class);
        ManyToMany manyToMany = SampleValues.annotation(field, ManyToMany.class);
        return (oneToMany != null && oneToMany.mappedBy().isEmpty())
                || (manyToMany != null && manyToMany.mappedBy().isEmpty());
    }

    /** A persisted instance of the type (or a subtype), or null when there is none yet. */
    private Object target(Class<?> type) {
        for (Object candidate : persisted.values()) {
            if (type.isInstance(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Object elementCollection(Field field) {
        if (Map.class.isAssignableFrom(field.getType())) {
            Map<Object, Object> map = new HashMap<>();
            map.put(SampleValues.forType(elementType(field, 0), null, seed++),
                    SampleValues.forType(elementType(field, 1), field, seed++));
            return map;
        }
        return collectionOf(field, SampleValues.forType(elementType(field, 0), field, seed++));
    }

    private static Object collectionOf(Field field, Object element) {
        Collection<Object> values = Set.class.isAssignableFrom(field.getType()) ? new HashSet<>() : new ArrayList<>();
        if (element != null) {
            values.add(element);
        }
        return values;
    }

    private static Class<?> elementType(Field field, int argument) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[argument] instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException(field.getDeclaringClass().getSimpleName() + "." + field.getName()
                + " is not a collection with a concrete element type");
    }

    private void loadAll() {
        for (Map.Entry<Class<?>, Object> entry : persisted.entrySet()) {
            Class<?> type = entry.getKey();
            Object original = entry.getValue();
            try (Session session = sessionFactory.openSession()) {
                Object id = sessionFactory.getPersistenceUnitUtil().getIdentifier(original);
                Object loaded = session.find(type, id);
                if (loaded == null) {
                    failures.add(type.getSimpleName() + ": not found by id " + id + " after persisting");
                    continue;
                }
                for (Field field : SampleValues.instanceFields(type)) {
                    if (isBasic(field) || isOwnedState(field)) {
                        Object expected = comparable(field.get(original));
                        Object actual = comparable(field.get(loaded));
                        if (!java.util.Objects.equals(expected, actual)) {
                            failures.add(type.getSimpleName() + "." + field.getName() + ": wrote " + expected
                                    + ", read back " + actual);
                        }
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                failures.add(type.getSimpleName() + ": load failed: " + rootMessage(e));
            }
        }
    }

    private static boolean isBasic(Field field) {
        for (Class<? extends java.lang.annotation.Annotation> relation : List.of(ManyToOne.class, OneToOne.class,
                OneToMany.class, ManyToMany.class, ElementCollection.class)) {
            if (SampleValues.annotation(field, relation) != null) {
                return false;
            }
        }
        return !skipped(field);
    }

    /** References, element collections and owned collection associations: what this entity's rows hold. */
    private static boolean isOwnedState(Field field) {
        return !skipped(field) && (isReference(field) || has(field, ElementCollection.class) || ownsCollection(field));
    }

    /**
     * A form in which values equal when the database kept what was written: entities by class and identifier,
     * collections as sorted lists of their elements' forms, maps as sorted entries.
     */
    private Object comparable(Object value) throws IllegalAccessException {
        if (value == null) {
            return null;
        }
        Object unproxied = org.hibernate.Hibernate.unproxy(value);
        if (unproxied != null && unproxied.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return unproxied.getClass().getSimpleName() + "#"
                    + comparable(sessionFactory.getPersistenceUnitUtil().getIdentifier(unproxied));
        }
        if (value instanceof Collection<?> collection) {
            List<String> elements = new ArrayList<>();
            for (Object element : collection) {
                elements.add(String.valueOf(comparable(element)));
            }
            java.util.Collections.sort(elements);
            return elements;
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                entries.add(comparable(entry.getKey()) + "=" + comparable(entry.getValue()));
            }
            java.util.Collections.sort(entries);
            return entries;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        }
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof Calendar calendar) {
            return calendar.getTimeInMillis();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        Class<?> type = value.getClass();
        if (type.isAnnotationPresent(jakarta.persistence.Embeddable.class) && !type.isRecord()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Field field : SampleValues.instanceFields(type)) {
                members.put(field.getName(), comparable(field.get(value)));
            }
            return members;
        }
        return value;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? first : first + " / cause " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
