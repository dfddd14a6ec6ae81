package dev.migrations.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Sends a persistent attribute to the step that maps its kind. Basic and embedded attributes are mapped at once,
 * in declaration order, so that a table lists their columns as the classes declare them. To-one associations
 * and collections are left for their passes ({@link Associations}, {@link CollectionTables}), which run once
 * every entity has its table.
 */
final class Attributes {

    private final MappingContext context;
    private final Annotations a;

    Attributes(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
    }

    void map(Attribute attr, Placement placement) {
        Element m = attr.member();
        if (context.isToOne(m)) {
            context.defer(MappingContext.Pass.TO_ONE_ASSOCIATIONS,
                    () -> context.associations.toOne(attr, placement, false));
        } else if (a.hasJpa(m, "OneToMany") || a.hasJpa(m, "ManyToMany")
                || a.hasJpa(m, "ElementCollection")) {
            context.defer(MappingContext.Pass.COLLECTIONS, () -> context.collectionTables.map(attr, placement));
        } else if (a.hasJpa(m, "Embedded") || context.isEmbeddable(attr.type())) {
            context.embeddables.embedded(attr, placement, false);
        } else {
            TypeElement target = MappingContext.typeElement(attr.type());
            if (target != null && a.hasJpa(target, "Entity")) {
                throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "Attribute " + attr.name()
                        + " refers to entity " + target.getQualifiedName() + " without an association"
                        + " annotation. Add @ManyToOne or @OneToOne (or @Transient to leave it out).");
            }
            context.basicColumns.basic(attr, placement, false);
        }
    }
}
