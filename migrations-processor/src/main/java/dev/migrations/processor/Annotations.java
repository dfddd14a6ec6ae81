package dev.migrations.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by their qualified name from mirrors, so that the processor needs neither
 * {@code jakarta.persistence} nor {@code jakarta.validation} on its own class path.
 */
final class Annotations {

    static final String JPA = "jakarta.persistence.";

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The annotation of this qualified name on the element, if present. */
    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        if (element == null) {
            return Optional.empty();
        }
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) m.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    static Optional<AnnotationMirror> jpa(Element element, String simpleName) {
        return find(element, JPA + simpleName);
    }

    static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    static boolean hasJpa(Element element, String simpleName) {
        return has(element, JPA + simpleName);
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
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(mirror);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("no member " + name + " in " + mirror);
    }

    /** Whether the annotation type declares this member (JPA 3.2 added some, such as {@code comment}). */
    static boolean hasMember(AnnotationMirror mirror, String name) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getEnclosedElements().stream()
                .anyMatch(e -> e.getSimpleName().contentEquals(name));
    }

    /** Whether the member was written out in the source, rather than left at its default. */
    static boolean isExplicit(AnnotationMirror mirror, String name) {
        return mirror.getElementValues().keySet().stream().anyMatch(k -> k.getSimpleName().contentEquals(name));
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
