package dev.migrations.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations by their qualified name from mirrors, so that the processor needs neither
 * {@code jakarta.persistence} nor {@code jakarta.validation} on its own class path. Names and values are
 * decoded once per annotation type and per annotation: javac decodes a name and rebuilds the map of an
 * annotation's values on every read, and the model reads the same annotations many times.
 */
final class Annotations {

    static final String JPA = "jakarta.persistence.";
    static final String HIBERNATE = "org.hibernate.annotations.";

    /** The names of each annotation type met so far. */
    private final Map<Element, TypeName> typeNames = new IdentityHashMap<>();
    /** Each annotation type's members: their names and default values. */
    private final Map<Element, Members> members = new IdentityHashMap<>();
    /** Each annotation's values by member name, defaults included, built on the first read. */
    private final Map<AnnotationMirror, Map<String, AnnotationValue>> values = new IdentityHashMap<>();
    /** Each annotation's explicitly written member names. */
    private final Map<AnnotationMirror, Set<String>> explicit = new IdentityHashMap<>();

    /** The annotation of this qualified name on the element, if present. */
    Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        if (element == null) {
            return Optional.empty();
        }
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (typeName(m).qualified().equals(qualifiedName)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * An annotation type's names.
     *
     * @param qualified its qualified name
     * @param jpa       its name after {@code jakarta.persistence.}, or {@code null} when it is not a JPA annotation
     */
    private record TypeName(String qualified, String jpa) {
    }

    private TypeName typeName(AnnotationMirror mirror) {
        return typeNames.computeIfAbsent(mirror.getAnnotationType().asElement(), t -> {
            String qualified = ((TypeElement) t).getQualifiedName().toString();
            return new TypeName(qualified, qualified.startsWith(JPA) ? qualified.substring(JPA.length()) : null);
        });
    }

    /** The {@code jakarta.persistence} annotation of this simple name on the element, if present. */
    Optional<AnnotationMirror> jpa(Element element, String simpleName) {
        if (element == null) {
            return Optional.empty();
        }
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (simpleName.equals(typeName(m).jpa())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    boolean hasJpa(Element element, String simpleName) {
        return jpa(element, simpleName).isPresent();
    }

    /**
     * A repeatable annotation: the single one and those inside its container ({@code @JoinColumn} and
     * {@code @JoinColumns}).
     */
    List<AnnotationMirror> repeated(Element element, String qualifiedName, String containerName) {
        List<AnnotationMirror> out = new ArrayList<>();
        find(element, qualifiedName).ifPresent(out::add);
        find(element, containerName).ifPresent(c -> out.addAll(annotations(c, "value")));
        return out;
    }

    private AnnotationValue value(AnnotationMirror mirror, String name) {
        AnnotationValue v = valuesOf(mirror).get(name);
        if (v == null) {
            throw new IllegalArgumentException("no member " + name + " in " + mirror);
        }
        return v;
    }

    /** The same values as {@link Elements#getElementValuesWithDefaults}, read once per annotation. */
    private Map<String, AnnotationValue> valuesOf(AnnotationMirror mirror) {
        Map<String, AnnotationValue> known = values.get(mirror);
        if (known != null) {
            return known;
        }
        Members type = membersOf(mirror);
        Map<String, AnnotationValue> all = new HashMap<>(type.defaults());
        Set<String> written = new HashSet<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            String name = type.names().get(e.getKey());
            if (name == null) {
                name = e.getKey().getSimpleName().toString();
            }
            all.put(name, e.getValue());
            written.add(name);
        }
        values.put(mirror, all);
        explicit.put(mirror, written);
        return all;
    }

    /**
     * An annotation type's members.
     *
     * @param names    each member's name
     * @param declared the members' names
     * @param defaults the default value of each member that has one, by name
     */
    private record Members(Map<Element, String> names, Set<String> declared, Map<String, AnnotationValue> defaults) {
    }

    private Members membersOf(AnnotationMirror mirror) {
        return members.computeIfAbsent(mirror.getAnnotationType().asElement(), t -> {
            Map<Element, String> names = new IdentityHashMap<>();
            Map<String, AnnotationValue> defaults = new HashMap<>();
            for (Element e : t.getEnclosedElements()) {
                if (e instanceof ExecutableElement method) {
                    String name = method.getSimpleName().toString();
                    names.put(method, name);
                    if (method.getDefaultValue() != null) {
                        defaults.put(name, method.getDefaultValue());
                    }
                }
            }
            return new Members(names, Set.copyOf(names.values()), defaults);
        });
    }

    /** Whether the annotation type declares this member (JPA 3.2 added some, such as {@code comment}). */
    boolean hasMember(AnnotationMirror mirror, String name) {
        return membersOf(mirror).declared().contains(name);
    }

    /** Whether the member was written out in the source, rather than left at its default. */
    boolean isExplicit(AnnotationMirror mirror, String name) {
        valuesOf(mirror);
        return explicit.get(mirror).contains(name);
    }

    String string(AnnotationMirror mirror, String name) {
        return (String) value(mirror, name).getValue();
    }

    /** The string member, or {@code null} when it is empty (JPA's "not given"). */
    String nonEmpty(AnnotationMirror mirror, String name) {
        String s = string(mirror, name);
        return s == null || s.isEmpty() ? null : s;
    }

    int integer(AnnotationMirror mirror, String name) {
        return ((Number) value(mirror, name).getValue()).intValue();
    }

    long longValue(AnnotationMirror mirror, String name) {
        return ((Number) value(mirror, name).getValue()).longValue();
    }

    boolean bool(AnnotationMirror mirror, String name) {
        return (Boolean) value(mirror, name).getValue();
    }

    /** The constant name of an enum member ({@code "STRING"}). */
    String enumName(AnnotationMirror mirror, String name) {
        return ((VariableElement) value(mirror, name).getValue()).getSimpleName().toString();
    }

    /** A {@code Class} member, or {@code null} when it is {@code void.class}. */
    TypeMirror type(AnnotationMirror mirror, String name) {
        TypeMirror t = (TypeMirror) value(mirror, name).getValue();
        return t.getKind() == TypeKind.VOID ? null : t;
    }

    /** A {@code Class} member as its type element, or {@code null} for {@code void.class}. */
    TypeElement typeElement(AnnotationMirror mirror, String name) {
        TypeMirror t = type(mirror, name);
        return t instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
    }

    AnnotationMirror annotation(AnnotationMirror mirror, String name) {
        return (AnnotationMirror) value(mirror, name).getValue();
    }

    List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
        List<AnnotationMirror> out = new ArrayList<>();
        Object v = value(mirror, name).getValue();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
            }
        } else {
            out.add((AnnotationMirror) v);
        }
        return out;
    }

    List<String> strings(AnnotationMirror mirror, String name) {
        List<String> out = new ArrayList<>();
        Object v = value(mirror, name).getValue();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add((String) ((AnnotationValue) o).getValue());
            }
        } else {
            out.add((String) v);
        }
        return out;
    }
}
