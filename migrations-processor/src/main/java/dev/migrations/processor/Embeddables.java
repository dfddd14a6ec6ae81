package dev.migrations.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Expands an embeddable into its owner's table: an {@code @Embedded} attribute, an {@code @EmbeddedId} (its parts
 * ordered by name and not null, some of them perhaps replaced by {@code @MapsId} associations), and the element of
 * an element collection. The attributes inside go to the step for their kind, with the overrides, the access and
 * the Bean Validation reach ({@code @Valid}) of the path that leads to them.
 *
 * <p>It runs wherever an attribute is mapped: while {@link EntityTables} maps an entity, while {@link Identifiers}
 * computes a key, and in the to-one and collection passes. It refuses an embeddable inside itself, which would
 * need infinitely many columns.
 */
final class Embeddables {

    private static final String VALID = "jakarta.validation.Valid";

    private final MappingContext context;
    private final Annotations a;
    /** The embeddables being expanded right now, innermost last: one seen twice is a cycle. */
    private final Set<TypeElement> expanding = new LinkedHashSet<>();

    Embeddables(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
    }

    /** Adds the columns of an embedded attribute (or embedded id); returns nothing, the table holds them. */
    void embedded(Attribute attr, Placement placement, boolean isId) {
        TypeElement embeddable = MappingContext.typeElement(attr.type());
        if (embeddable == null || !a.hasJpa(embeddable, "Embeddable")) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, attr.member(), "The type of " + attr.name()
                    + " (" + attr.type() + ") is not an @Embeddable. Annotate " + attr.type()
                    + " with @Embeddable, or map the attribute as a basic column.");
        }
        enter(embeddable, attr);
        try {
            Placement inner = inside(embeddable, attr, placement);
            for (Attribute nested : attributesOf(embeddable, attr, inner.access(), isId)) {
                if (isId && context.isToOne(nested.member())) {
                    // a key-part association: its join columns are part of the key
                    context.associations.toOne(nested, inner, true);
                } else if (isId) {
                    context.basicColumns.basic(nested, inner, true);
                } else {
                    context.attributes.map(nested, inner);
                }
            }
        } finally {
            expanding.remove(embeddable);
        }
    }

    /**
     * Adds the key columns of an {@code @EmbeddedId} some of whose parts are mapped by {@code @MapsId("part")}
     * associations: each such part becomes the association's join columns, in the part's place.
     */
    void embeddedIdWithDerivedParts(Attribute attr, Placement placement, Map<String, Attribute> derivedParts,
                                    Placement entityPlacement) {
        TypeElement embeddable = MappingContext.typeElement(attr.type());
        if (embeddable == null || !a.hasJpa(embeddable, "Embeddable")) {
            embedded(attr, placement, true);
            return;
        }
        Placement inner = inside(embeddable, attr, placement);
        Set<String> seen = new HashSet<>();
        enter(embeddable, attr);
        try {
            for (Attribute nested : attributesOf(embeddable, attr, inner.access(), true)) {
                Attribute derived = derivedParts.get(nested.name());
                if (derived != null) {
                    seen.add(nested.name());
                    context.associations.toOne(derived, entityPlacement.declaredBy(derived), true);
                } else if (context.isToOne(nested.member())) {
                    context.associations.toOne(nested, inner, true);
                } else {
                    context.basicColumns.basic(nested, inner, true);
                }
            }
        } finally {
            expanding.remove(embeddable);
        }
        for (Map.Entry<String, Attribute> part : derivedParts.entrySet()) {
            if (!seen.contains(part.getKey())) {
                throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, part.getValue().member(), "@MapsId(\""
                        + part.getKey() + "\") names no attribute of " + embeddable.getQualifiedName()
                        + ". Name the attribute of the @EmbeddedId that the association stands for.");
            }
        }
    }

    /** Adds the foreign keys of the associations inside an {@code @EmbeddedId} to the entity's table. */
    void embeddedIdForeignKeys(Attribute attr, Placement placement) {
        TypeElement embeddable = MappingContext.typeElement(attr.type());
        Placement inner = inside(embeddable, attr, placement);
        for (Attribute nested : attributesOf(embeddable, attr, inner.access(), true)) {
            if (context.isToOne(nested.member())) {
                context.associations.toOne(nested, inner, true);
            }
        }
    }

    /** Adds an embeddable's columns to a collection table, as the element of an element collection. */
    void embeddedInto(Attribute attr, EntityInfo owner, TableBuilder table, String origin) {
        Map<String, AnnotationMirror> overrides = new HashMap<>();
        Map<String, AnnotationMirror> associationOverrides = new HashMap<>();
        for (AnnotationMirror o : a.repeated(attr.member(), Annotations.JPA + "AttributeOverride",
                Annotations.JPA + "AttributeOverrides")) {
            String name = a.string(o, "name");
            overrides.putIfAbsent(name.startsWith("value.") ? name.substring(6) : name, a.annotation(o, "column"));
        }
        TypeElement embeddable = MappingContext.typeElement(attr.type());
        AttributeScanner scanner = context.scanner;
        String access = scanner.accessOf(embeddable, owner.access);
        Placement inner = new Placement(owner, table, null, true, "", origin + ".", overrides, associationOverrides,
                access, a.has(attr.member(), VALID));
        enter(embeddable, attr);
        try {
            for (TypeElement cls : chain(embeddable)) {
                for (Attribute nested : scanner.declared(cls, (DeclaredType) attr.type(),
                        scanner.accessOf(cls, access))) {
                    if (context.isToOne(nested.member())) {
                        context.associations.toOne(nested, inner, false);
                    } else if (a.hasJpa(nested.member(), "ElementCollection") || a.hasJpa(nested.member(),
                            "OneToMany") || a.hasJpa(nested.member(), "ManyToMany")) {
                        // JPA forbids it, and an embeddable holding a collection of itself would never end
                        throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, nested.member(), "Attribute "
                                + nested.name() + " is a collection inside " + embeddable.getQualifiedName()
                                + ", which is itself the element of the collection " + attr.name() + "; JPA"
                                + " does not allow collections there. Map the element as an entity with"
                                + " @OneToMany instead, or leave the attribute out with @Transient.");
                    } else {
                        context.attributes.map(nested, inner);
                    }
                }
            }
        } finally {
            expanding.remove(embeddable);
        }
    }

    /** Marks an embeddable as being expanded; one that already is would be expanded forever. */
    private void enter(TypeElement embeddable, Attribute attr) {
        if (!expanding.add(embeddable)) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, attr.member(), "Attribute " + attr.name()
                    + " embeds " + embeddable.getQualifiedName() + " inside itself, which would need infinitely"
                    + " many columns (Hibernate rejects it too). Make it an @ElementCollection, an association to"
                    + " an entity, or leave it out with @Transient.");
        }
    }

    private List<Attribute> attributesOf(TypeElement embeddable, Attribute attr, String access, boolean isId) {
        List<Attribute> nestedAttributes = new ArrayList<>();
        AttributeScanner scanner = context.scanner;
        for (TypeElement cls : chain(embeddable)) {
            nestedAttributes.addAll(scanner.declared(cls, (DeclaredType) attr.type(), scanner.accessOf(cls, access)));
        }
        if (isId) {
            // Hibernate orders the attributes of a composite identifier by name
            nestedAttributes.sort(Comparator.comparing(Attribute::name));
        }
        return nestedAttributes;
    }

    /** Where the attributes inside an embedded attribute go: the same table, one path and origin deeper. */
    private Placement inside(TypeElement embeddable, Attribute attr, Placement placement) {
        String path = placement.path() + attr.name() + ".";
        Map<String, AnnotationMirror> overrides = new HashMap<>(placement.overrides());
        Map<String, AnnotationMirror> associationOverrides = new HashMap<>(placement.associationOverrides());
        Placement.collectOverrides(a, attr.member(), path, overrides, associationOverrides);
        // a record's state is its components, whatever the owner's access
        String inherited = embeddable.getKind() == ElementKind.RECORD
                ? AttributeScanner.FIELD : placement.access() != null ? placement.access() : placement.entity().access;
        String access = context.scanner.accessOf(embeddable, inherited);
        // Bean Validation reaches into an embeddable only through @Valid
        boolean validated = placement.validated() && a.has(attr.member(), VALID);
        return new Placement(placement.entity(), placement.table(), placement.impliedNotNull(), true, path,
                placement.origin() + attr.name() + ".", overrides, associationOverrides, access, validated);
    }

    /** The mapped superclasses and embeddables above an embeddable, and itself, top-down. */
    private List<TypeElement> chain(TypeElement embeddable) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement t = embeddable; t != null; t = EntityIndex.superclass(t)) {
            if (t.equals(embeddable) || a.hasJpa(t, "MappedSuperclass")
                    || a.hasJpa(t, "Embeddable")) {
                out.add(t);
            }
        }
        Collections.reverse(out);
        return out;
    }
}
