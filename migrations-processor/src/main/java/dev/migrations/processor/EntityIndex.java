package dev.migrations.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The entity classes the model is built from and every entity they reach, each described once by an
 * {@link EntityInfo}: its entity name, its place in an inheritance hierarchy, its access and the table that holds
 * its own columns. An entity is described on first use, because associations reach entities in any order,
 * including entities compiled elsewhere. The index also walks class hierarchies: the mapped superclasses above a
 * class and the entity subclasses below it.
 */
final class EntityIndex {

    private final Annotations a;
    private final Elements elements;
    private final Naming naming;
    private final AttributeScanner scanner;

    private final Map<TypeElement, EntityInfo> infos = new HashMap<>();
    /** Each class's entity subclasses, direct or not, among the entities being built. */
    private final Map<TypeElement, List<TypeElement>> subclasses = new HashMap<>();
    private Set<TypeElement> built = Set.of();

    EntityIndex(Annotations a, Elements elements, Naming naming, AttributeScanner scanner) {
        this.a = a;
        this.elements = elements;
        this.naming = naming;
        this.scanner = scanner;
    }

    /** Records the entities the model is built from, and the subclasses of each class above them. */
    void index(List<TypeElement> entityTypes) {
        this.built = new HashSet<>(entityTypes);
        for (TypeElement type : entityTypes) {
            for (TypeElement t = superclass(type); t != null; t = superclass(t)) {
                subclasses.computeIfAbsent(t, k -> new ArrayList<>()).add(type);
            }
        }
    }

    /** Whether the model is built from this class (and not only reaches it). */
    boolean isBuilt(TypeElement type) {
        return built.contains(type);
    }

    /** The entity subclasses, direct or not, of a class among the entities being built. */
    List<TypeElement> subclassesOf(TypeElement type) {
        return subclasses.getOrDefault(type, List.of());
    }

    EntityInfo info(TypeElement type) {
        EntityInfo known = infos.get(type);
        if (known != null) {
            return known;
        }
        AnnotationMirror entity = a.jpa(type, "Entity").orElseThrow(() -> new MappingException(
                ErrorId.NOT_AN_ENTITY, type, type.getQualifiedName() + " is not an @Entity."));
        if (type.getKind() != ElementKind.CLASS) {
            String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            throw new MappingException(ErrorId.ENTITY_NOT_A_CLASS, type, entity, type.getQualifiedName() + " is "
                    + ("interface".equals(kind) || "enum".equals(kind) ? "an " : "a ") + kind + "; JPA maps only"
                    + " classes as entities (a record's fields are final and it has no no-argument constructor)."
                    + " Make it a class, or use the " + kind + " as an @Embeddable or a query result instead.");
        }
        String entityName = a.nonEmpty(entity, "name") != null ? a.nonEmpty(entity, "name") : defaultEntityName(type);
        TypeElement parentType = entitySuperclass(type);
        EntityInfo parent = parentType == null ? null : info(parentType);
        TypeElement rootType = parent == null ? type : parent.root.type;
        String strategy = parent != null ? parent.strategy : a.jpa(type, "Inheritance")
                .map(m -> a.enumName(m, "strategy")).orElse(EntityInfo.SINGLE_TABLE);
        String access = parent != null ? parent.root.access : hierarchyAccess(rootType);
        String schema = null;
        String tableName;
        if (parent != null && EntityInfo.SINGLE_TABLE.equals(strategy)) {
            schema = parent.root.schema;
            tableName = parent.root.tableName;
        } else {
            AnnotationMirror table = a.jpa(type, "Table").orElse(null);
            String logical = table != null && a.nonEmpty(table, "name") != null ? a.nonEmpty(table, "name")
                    : entityName;
            tableName = naming.physicalName(logical);
            if (table != null && a.nonEmpty(table, "schema") != null) {
                schema = naming.physicalName(a.nonEmpty(table, "schema"));
            }
        }
        EntityInfo info = new EntityInfo(type, entityName, parent, strategy, access, schema, tableName);
        infos.put(type, info);
        return info;
    }

    /** The unqualified binary name, as Hibernate takes it: {@code Outer$Inner} for a nested class. */
    private String defaultEntityName(TypeElement type) {
        String binary = elements.getBinaryName(type).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    private TypeElement entitySuperclass(TypeElement type) {
        TypeElement t = superclass(type);
        while (t != null) {
            if (a.hasJpa(t, "Entity")) {
                return t;
            }
            t = superclass(t);
        }
        return null;
    }

    /** The superclass, or {@code null} above the last class before {@code java.lang.Object}. */
    static TypeElement superclass(TypeElement type) {
        TypeMirror s = type.getSuperclass();
        if (s.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
        // only java.lang.Object has no superclass; comparing its name would decode it on every step
        return e.getSuperclass().getKind() == TypeKind.NONE ? null : e;
    }

    /** Explicit {@code @Access} on the root, else where the root's hierarchy places its {@code @Id}. */
    private String hierarchyAccess(TypeElement root) {
        String explicit = scanner.accessOf(root, null);
        if (explicit != null) {
            return explicit;
        }
        for (TypeElement t = root; t != null; t = superclass(t)) {
            String byId = scanner.accessByIdPlacement(t);
            if (byId != null) {
                return byId;
            }
        }
        return AttributeScanner.FIELD;
    }

    /** The mapped superclasses and the class itself, top-down, that lie below {@code stop} (exclusive). */
    List<TypeElement> chain(TypeElement type, TypeElement stop) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement t = type; t != null && !t.equals(stop); t = superclass(t)) {
            if (t.equals(type) || a.hasJpa(t, "MappedSuperclass") || a.hasJpa(t, "Entity")) {
                out.add(t);
            }
        }
        Collections.reverse(out);
        return out;
    }
}
