package dev.migrations.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Where an attribute's columns go, and how its annotations are read there.
 *
 * @param entity               the entity being read
 * @param table                the table receiving the columns
 * @param impliedNotNull       in a single-table subclass, collects the columns that would be {@code not null}
 *                             by implication (primitives, {@code optional = false}); else {@code null}
 * @param inEmbeddable         inside an embeddable: primitives stay nullable
 * @param path                 the attribute path prefix ({@code address.}) for overrides
 * @param origin               the origin prefix ({@code com.acme.User#})
 * @param overrides            {@code @AttributeOverride} columns by attribute path
 * @param associationOverrides {@code @AssociationOverride}s by attribute path
 * @param access               the access of the embeddable being read, or {@code null} for the entity's
 * @param validated            whether Bean Validation constraints reach the columns
 */
record Placement(EntityInfo entity, TableBuilder table, List<String> impliedNotNull, boolean inEmbeddable,
                 String path, String origin, Map<String, AnnotationMirror> overrides,
                 Map<String, AnnotationMirror> associationOverrides, String access, boolean validated) {

    /** An entity's own attributes, with the overrides the entity class declares. */
    static Placement ofEntity(Annotations a, EntityInfo entity, TableBuilder table, List<String> impliedNotNull) {
        Map<String, AnnotationMirror> overrides = new HashMap<>();
        Map<String, AnnotationMirror> associationOverrides = new HashMap<>();
        collectOverrides(a, entity.type, "", overrides, associationOverrides);
        return new Placement(entity, table, impliedNotNull, false, "", entity.qualifiedName() + "#", overrides,
                associationOverrides, null, true);
    }

    /** The {@code @AttributeOverride}s and {@code @AssociationOverride}s on an element, by attribute path. */
    static void collectOverrides(Annotations a, Element element, String path, Map<String, AnnotationMirror> overrides,
                                 Map<String, AnnotationMirror> associationOverrides) {
        for (AnnotationMirror o : a.repeated(element, Annotations.JPA + "AttributeOverride",
                Annotations.JPA + "AttributeOverrides")) {
            overrides.putIfAbsent(path + a.string(o, "name"), a.annotation(o, "column"));
        }
        for (AnnotationMirror o : a.repeated(element, Annotations.JPA + "AssociationOverride",
                Annotations.JPA + "AssociationOverrides")) {
            associationOverrides.putIfAbsent(path + a.string(o, "name"), o);
        }
    }

    /** The same place, with the attribute's declaring class as origin ({@code com.acme.Base#}). */
    Placement declaredBy(Attribute attr) {
        return withOrigin(attr.declaring().getQualifiedName() + "#");
    }

    Placement withOrigin(String newOrigin) {
        return new Placement(entity, table, impliedNotNull, inEmbeddable, path, newOrigin, overrides,
                associationOverrides, access, validated);
    }

    Placement withTable(TableBuilder newTable) {
        return new Placement(entity, newTable, impliedNotNull, inEmbeddable, path, origin, overrides,
                associationOverrides, access, validated);
    }
}
