package dev.migrations.processor;

import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Maps {@code @ManyToOne} and owning {@code @OneToOne} associations to join columns and their foreign key, and
 * holds the join-column rules every association shares: the target entity, the join columns from
 * {@code @JoinColumn} or Hibernate's implicit names, the {@code @ForeignKey} that applies, and
 * {@code @OnDelete}.
 *
 * <p>Its pass runs second, after every entity has its table: a join column copies the target's identifier and
 * may reference any other column of the target's table by {@code referencedColumnName}. A to-one that is part of
 * an identifier is mapped earlier, on demand, by {@link Identifiers}.
 */
final class Associations {

    private final MappingContext context;
    private final Annotations a;

    Associations(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
    }

    /** The entity an association refers to: its {@code targetEntity}, else the declared type. */
    EntityInfo targetEntity(Attribute attr, AnnotationMirror association, String member, TypeMirror declared) {
        TypeElement target = association == null ? null : a.typeElement(association, member);
        if (target == null) {
            target = MappingContext.typeElement(declared);
        }
        if (target == null || !a.hasJpa(target, "Entity")) {
            throw new MappingException(ErrorId.NOT_AN_ENTITY, attr.member(), association, "The target of "
                    + attr.name() + " (" + (target == null ? declared : target.getQualifiedName())
                    + ") is not an @Entity. Annotate it with @Entity, map the attribute as @Embedded or"
                    + " @ElementCollection, or leave it out with @Transient.");
        }
        return context.entities.info(target);
    }

    void toOne(Attribute attr, Placement placement, boolean isId) {
        Element m = attr.member();
        AnnotationMirror association = a.jpa(m, "ManyToOne").or(() -> a.jpa(m, "OneToOne"))
                .orElseThrow();
        boolean oneToOne = a.hasJpa(m, "OneToOne");
        if (oneToOne && a.nonEmpty(association, "mappedBy") != null) {
            return;
        }
        if (oneToOne && !a.hasJpa(m, "MapsId") && (a.hasJpa(m, "PrimaryKeyJoinColumn")
                || a.hasJpa(m, "PrimaryKeyJoinColumns"))) {
            // the primary keys are shared: Hibernate adds no column and no foreign key
            return;
        }
        EntityInfo target = targetEntity(attr, association, "targetEntity", attr.type());
        AnnotationMirror override = placement.associationOverrides().get(placement.path() + attr.name());
        List<AnnotationMirror> joins = override != null ? a.annotations(override, "joinColumns")
                : a.repeated(m, Annotations.JPA + "JoinColumn", Annotations.JPA + "JoinColumns");
        boolean implied = !a.bool(association, "optional") || placement.impliedNotNull() == null
                && !placement.inEmbeddable() && context.basicColumns.validationNotNull(m);
        boolean mapsId = a.hasJpa(m, "MapsId");
        List<JoinColumn> columns = joinColumns(attr.name(), target, joins, context.builtTable(target), m);
        List<String> names = new ArrayList<>();
        TableBuilder table = placement.table();
        String origin = placement.origin() + attr.name();
        for (JoinColumn jc : columns) {
            boolean nullable = !isId && !mapsId && jc.nullable() && (!implied || placement.impliedNotNull() != null);
            if (implied && nullable && jc.nullable()) {
                placement.impliedNotNull().add(jc.name());
            }
            // with one join column, the attribute's @RenamedFrom names that column's earlier name
            Column joinColumn = jc.column(nullable, origin);
            table.addColumn(columns.size() == 1
                    ? joinColumn.withRenamedFrom(context.renames.forColumn(m, table, jc.name())) : joinColumn, null, m);
            names.add(jc.name());
            if (jc.unique()) {
                table.addUnique(new UniqueConstraint(null, List.of(jc.name()), origin));
            }
        }
        if (oneToOne && !mapsId && !isId) {
            table.addUnique(new UniqueConstraint(null, names, origin));
        }
        AnnotationMirror fk = foreignKeyOf(joins, a.jpa(m, "JoinColumns").orElse(null));
        if (override != null && a.hasMember(override, "foreignKey")) {
            fk = a.annotation(override, "foreignKey");
        }
        addForeignKey(table, names, target, columns, fk, onDelete(m), origin);
    }

    /**
     * The join columns from {@code @JoinColumn}s, or the implicit {@code <prefix>_<referenced column>} ones.
     *
     * @param prefix      the implicit name prefix: an attribute or entity name
     * @param target      the referenced entity
     * @param joins       the {@code @JoinColumn} annotations, maybe none
     * @param targetTable the referenced table, to find non-key referenced columns, or {@code null}
     */
    List<JoinColumn> joinColumns(String prefix, EntityInfo target, List<AnnotationMirror> joins,
                                 TableBuilder targetTable, Element blame) {
        Naming naming = context.naming;
        List<Column> ids = context.identifiers.idColumns(target);
        List<JoinColumn> out = new ArrayList<>();
        if (joins.isEmpty()) {
            for (Column id : ids) {
                out.add(new JoinColumn(naming.physicalName(prefix + "_" + id.name()), id, true, false, null));
            }
            return out;
        }
        for (int i = 0; i < joins.size(); i++) {
            AnnotationMirror jc = joins.get(i);
            String ref = a.nonEmpty(jc, "referencedColumnName");
            Column referenced;
            if (ref != null) {
                String physicalRef = naming.physicalName(ref);
                referenced = ids.stream().filter(c -> c.name().equals(physicalRef)).findFirst().orElse(null);
                if (referenced == null && targetTable != null) {
                    String resolved = targetTable.resolveColumn(ref, naming);
                    referenced = resolved == null ? null : targetTable.column(resolved);
                }
                if (referenced == null) {
                    throw new MappingException(ErrorId.UNKNOWN_COLUMN, blame, jc, "referencedColumnName \"" + ref
                            + "\" names no column of " + target.tableName + " (columns: " + (targetTable == null
                            ? ids.stream().map(Column::name).toList() : targetTable.columnNames())
                            + "). Name one of its columns.");
                }
            } else if (i < ids.size()) {
                referenced = ids.get(i);
            } else {
                throw new MappingException(ErrorId.UNKNOWN_COLUMN, blame, jc, "There are more join columns than"
                        + " identifier columns of " + target.qualifiedName() + ". Give each @JoinColumn a"
                        + " referencedColumnName.");
            }
            String name = a.nonEmpty(jc, "name") != null ? naming.physicalName(a.nonEmpty(jc, "name"))
                    : naming.physicalName(prefix + "_" + referenced.name());
            out.add(new JoinColumn(name, referenced, a.bool(jc, "nullable"), a.bool(jc, "unique"),
                    a.nonEmpty(jc, "columnDefinition")));
        }
        return out;
    }

    /** The {@code @ForeignKey} of a join: {@code @JoinColumns(foreignKey)} or the first join column's. */
    AnnotationMirror foreignKeyOf(List<AnnotationMirror> joins, AnnotationMirror container) {
        if (container != null && !"PROVIDER_DEFAULT".equals(a.enumName(a.annotation(container, "foreignKey"),
                "value")) || container != null && a.nonEmpty(a.annotation(container, "foreignKey"), "name") != null) {
            return a.annotation(container, "foreignKey");
        }
        for (AnnotationMirror jc : joins) {
            AnnotationMirror fk = a.annotation(jc, "foreignKey");
            if (!"PROVIDER_DEFAULT".equals(a.enumName(fk, "value")) || a.nonEmpty(fk, "name") != null) {
                return fk;
            }
        }
        return null;
    }

    /** Hibernate's {@code @OnDelete} on an association, else no action. */
    ReferentialAction onDelete(Element m) {
        return a.find(m, Annotations.HIBERNATE + "OnDelete").map(o -> {
            String action = a.enumName(o, "action");
            return switch (action) {
                case "CASCADE" -> ReferentialAction.CASCADE;
                case "SET_NULL" -> ReferentialAction.SET_NULL;
                case "SET_DEFAULT" -> ReferentialAction.SET_DEFAULT;
                case "RESTRICT" -> ReferentialAction.RESTRICT;
                default -> ReferentialAction.NO_ACTION;
            };
        }).orElse(ReferentialAction.NO_ACTION);
    }

    /** Adds a foreign key unless {@code @ForeignKey(NO_CONSTRAINT)} or the target has no table. */
    void addForeignKey(TableBuilder table, List<String> columns, EntityInfo target, List<JoinColumn> joins,
                       AnnotationMirror fk, ReferentialAction onDelete, String origin) {
        if (fk != null && "NO_CONSTRAINT".equals(a.enumName(fk, "value"))) {
            return;
        }
        EntityInfo holder = target.ownsTable() || target.tableName == null ? target : target.root;
        if (holder.tableName == null || (EntityInfo.TABLE_PER_CLASS.equals(holder.strategy) && holder.isAbstract())) {
            return;
        }
        table.addForeignKey(new ForeignKey(fk == null ? null : a.nonEmpty(fk, "name"), columns, holder.schema,
                holder.tableName, joins.stream().map(j -> j.referenced().name()).toList(), onDelete, null, origin));
    }
}
