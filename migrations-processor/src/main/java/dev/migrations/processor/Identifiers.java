package dev.migrations.processor;

import dev.migrations.model.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The identifier columns of each entity, in key order: a basic {@code @Id}, an {@code @IdClass}'s or
 * {@code @EmbeddedId}'s parts ordered by attribute name as Hibernate orders them, the join columns of a derived
 * identifier ({@code @Id} or {@code @MapsId} on a to-one), and a joined subclass's copy of its parent's key.
 *
 * <p>They are computed on first use and kept on the {@link EntityInfo}: a join column copies its target's
 * identifier, so another entity's table, or another entity's identifier, may need them before the entity's own
 * table is built. The steps that map any other column map them into a scratch table, from which they are
 * copied as not null.
 */
final class Identifiers {

    private final MappingContext context;
    private final Annotations a;

    Identifiers(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
    }

    /** Whether the attribute is (part of) the identifier, mapped here rather than as an ordinary attribute. */
    boolean isIdAttribute(Attribute attr) {
        return a.hasJpa(attr.member(), "Id") || a.hasJpa(attr.member(), "EmbeddedId")
                || a.hasJpa(attr.member(), "MapsId");
    }

    /** The attribute that carries {@code @Id}/{@code @EmbeddedId} in the root's hierarchy, or {@code null}. */
    Attribute idAttribute(EntityInfo root) {
        AttributeScanner scanner = context.scanner;
        for (TypeElement cls : context.entities.chain(root.type, null)) {
            for (Attribute attr : scanner.declared(cls, (DeclaredType) root.type.asType(),
                    scanner.accessOf(cls, root.access))) {
                if (a.hasJpa(attr.member(), "Id") || a.hasJpa(attr.member(), "EmbeddedId")) {
                    return attr;
                }
            }
        }
        return null;
    }

    /** The primary key columns of the entity's table, in key order. */
    List<Column> idColumns(EntityInfo info) {
        if (info.idColumns != null) {
            return info.idColumns;
        }
        if (info.computingIds) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, info.type, "The identifier of "
                    + info.qualifiedName() + " depends on itself through @Id or @MapsId associations. Give the"
                    + " entity a basic @Id or an @EmbeddedId.");
        }
        info.computingIds = true;
        try {
            info.idColumns = List.copyOf(info.isRoot() ? rootIdColumns(info) : subclassIdColumns(info));
            return info.idColumns;
        } finally {
            info.computingIds = false;
        }
    }

    /** A subclass shares its root's key; a joined subclass has a copy, renamed by {@code @PrimaryKeyJoinColumn}. */
    private List<Column> subclassIdColumns(EntityInfo info) {
        List<Column> parentIds = idColumns(info.parent);
        if (!EntityInfo.JOINED.equals(info.strategy)) {
            return parentIds;
        }
        List<AnnotationMirror> pkJoins = a.repeated(info.type, Annotations.JPA + "PrimaryKeyJoinColumn",
                Annotations.JPA + "PrimaryKeyJoinColumns");
        Naming naming = context.naming;
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < parentIds.size(); i++) {
            Column parentId = parentIds.get(i);
            String name = parentId.name();
            for (int j = 0; j < pkJoins.size(); j++) {
                AnnotationMirror pk = pkJoins.get(j);
                String ref = a.nonEmpty(pk, "referencedColumnName");
                if ((ref != null && naming.physicalName(ref).equals(parentId.name())) || (ref == null && j == i)) {
                    if (a.nonEmpty(pk, "name") != null) {
                        name = naming.physicalName(a.nonEmpty(pk, "name"));
                    }
                }
            }
            // a key named as the parent's was renamed with it
            out.add(new Column(name, parentId.type(), false, null, false, null, parentId.columnDefinition(),
                    info.qualifiedName(), name.equals(parentId.name()) ? parentId.renamedFrom() : List.of()));
        }
        return out;
    }

    private List<Column> rootIdColumns(EntityInfo info) {
        TableBuilder scratch = new TableBuilder(null, info.tableName, null);
        Placement placement = Placement.ofEntity(a, info, scratch, null);
        Attribute mapsId = null;
        boolean found = false;
        List<Attribute> candidates = new ArrayList<>();
        AttributeScanner scanner = context.scanner;
        for (TypeElement cls : context.entities.chain(info.type, null)) {
            candidates.addAll(scanner.declared(cls, (DeclaredType) info.type.asType(),
                    scanner.accessOf(cls, info.access)));
        }
        candidates.removeIf(attr -> !isIdAttribute(attr));
        // Hibernate orders the attributes of a composite identifier by name
        candidates.sort(Comparator.comparing(Attribute::name));
        // @MapsId("part"): the association's join columns stand in for that part of the @EmbeddedId
        Map<String, Attribute> derivedParts = new LinkedHashMap<>();
        for (Attribute attr : candidates) {
            a.jpa(attr.member(), "MapsId").map(maps -> a.nonEmpty(maps, "value"))
                    .ifPresent(part -> derivedParts.put(part, attr));
        }
        for (Attribute attr : candidates) {
            Element m = attr.member();
            Placement declared = placement.declaredBy(attr);
            if (a.hasJpa(m, "MapsId")) {
                if (!derivedParts.containsValue(attr)) {
                    mapsId = attr;
                }
            } else if (a.hasJpa(m, "EmbeddedId")) {
                found = true;
                if (derivedParts.isEmpty()) {
                    context.embeddables.embedded(attr, declared, true);
                } else {
                    context.embeddables.embeddedIdWithDerivedParts(attr, declared, derivedParts, placement);
                }
            } else if (a.hasJpa(m, "Id")) {
                found = true;
                if (context.isToOne(m)) {
                    context.associations.toOne(attr, declared, true);
                } else {
                    context.basicColumns.basic(attr, declared, true);
                }
            }
        }
        if (!derivedParts.isEmpty() && !found) {
            Attribute first = derivedParts.values().iterator().next();
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, first.member(), "@MapsId(\""
                    + derivedParts.keySet().iterator().next() + "\") names a part of an @EmbeddedId, but "
                    + info.qualifiedName() + " has none. Add the @EmbeddedId, or write @MapsId without a value.");
        }
        if (mapsId != null) {
            scratch = new TableBuilder(null, info.tableName, null);
            context.associations.toOne(mapsId, placement.withTable(scratch).declaredBy(mapsId), true);
            found = true;
        }
        if (!found) {
            throw new MappingException(ErrorId.MISSING_ID, info.type, "Entity " + info.qualifiedName()
                    + " has no identifier. Annotate a field (or getter) with @Id or @EmbeddedId, here or in a"
                    + " @MappedSuperclass it extends.");
        }
        List<Column> out = new ArrayList<>();
        for (String name : scratch.columnNames()) {
            out.add(scratch.column(name).withNullable(false));
        }
        return out;
    }
}
