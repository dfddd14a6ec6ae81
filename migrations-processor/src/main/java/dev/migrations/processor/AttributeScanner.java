package dev.migrations.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds the persistent attributes a class declares, following JPA's access rules: field access reads fields,
 * property access reads getters ({@code getX()}/{@code isX()} → {@code x}); static, {@code transient} and
 * {@code @Transient} members are left out; {@code @Access} on a member overrides the class's access for it.
 */
final class AttributeScanner {

    static final String FIELD = "FIELD";
    static final String PROPERTY = "PROPERTY";

    private final Annotations annotations;
    private final Types types;
    /** The model reads a class's attributes several times (table, identifier, constraints): once is enough. */
    private final Map<Scan, List<Attribute>> scanned = new HashMap<>();

    /** What {@link #declared} was asked. */
    private record Scan(TypeElement type, DeclaredType seenFrom, String access) {
    }

    AttributeScanner(Annotations annotations, Types types) {
        this.annotations = annotations;
        this.types = types;
    }

    /** The access a class uses: its own {@code @Access}, else the one given. */
    String accessOf(TypeElement type, String inherited) {
        return annotations.jpa(type, "Access").map(m -> annotations.enumName(m, "value")).orElse(inherited);
    }

    /** {@code FIELD} or {@code PROPERTY}, by where {@code @Id} or {@code @EmbeddedId} sits, or {@code null}. */
    String accessByIdPlacement(TypeElement type) {
        for (Element e : type.getEnclosedElements()) {
            if (annotations.hasJpa(e, "Id") || annotations.hasJpa(e, "EmbeddedId")) {
                return e.getKind() == ElementKind.METHOD ? PROPERTY : FIELD;
            }
        }
        return null;
    }

    /** The attributes that {@code type} itself declares, typed as members of {@code seenFrom}. */
    List<Attribute> declared(TypeElement type, DeclaredType seenFrom, String access) {
        return scanned.computeIfAbsent(new Scan(type, seenFrom, access),
                s -> List.copyOf(scan(type, seenFrom, access)));
    }

    private List<Attribute> scan(TypeElement type, DeclaredType seenFrom, String access) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        for (Element e : type.getEnclosedElements()) {
            String memberAccess = annotations.jpa(e, "Access").map(m -> annotations.enumName(m, "value"))
                    .orElse(null);
            if (e.getKind() == ElementKind.FIELD && (FIELD.equals(memberAccess)
                    || (memberAccess == null && FIELD.equals(access)))) {
                if (isPersistent(e, Set.of(Modifier.STATIC, Modifier.TRANSIENT))) {
                    TypeMirror t = types.asMemberOf(seenFrom, e);
                    out.putIfAbsent(e.getSimpleName().toString(),
                            new Attribute(e.getSimpleName().toString(), e, t, type));
                }
            } else if (e.getKind() == ElementKind.METHOD && (PROPERTY.equals(memberAccess)
                    || (memberAccess == null && PROPERTY.equals(access)))) {
                String name = propertyName((ExecutableElement) e);
                if (name != null && isPersistent(e, Set.of(Modifier.STATIC))) {
                    TypeMirror t = ((ExecutableType) types.asMemberOf(seenFrom, e)).getReturnType();
                    out.putIfAbsent(name, new Attribute(name, e, t, type));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private boolean isPersistent(Element e, Set<Modifier> excluded) {
        for (Modifier m : excluded) {
            if (e.getModifiers().contains(m)) {
                return false;
            }
        }
        return !annotations.hasJpa(e, "Transient");
    }

    /** The JavaBeans property name of a getter, or {@code null} when the method is not one. */
    static String propertyName(ExecutableElement method) {
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return null;
        }
        String n = method.getSimpleName().toString();
        String rest;
        if (n.startsWith("get") && n.length() > 3) {
            rest = n.substring(3);
        } else if (n.startsWith("is") && n.length() > 2 && isBoolean(method.getReturnType())) {
            rest = n.substring(2);
        } else {
            return null;
        }
        if (!Character.isUpperCase(rest.charAt(0))) {
            return null;
        }
        // java.beans.Introspector.decapitalize: "URL" stays "URL", "Email" becomes "email"
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static boolean isBoolean(TypeMirror t) {
        return t.getKind() == TypeKind.BOOLEAN || t.toString().equals("java.lang.Boolean");
    }
}
