package dev.migrations.processor;

import dev.migrations.model.ForeignKey;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Maps a collection attribute: an {@code @ElementCollection} table, a {@code @ManyToMany} or unidirectional
 * {@code @OneToMany} join table, or the foreign key column a {@code @OneToMany @JoinColumn} puts in its target's
 * table; then the table's own {@code uniqueConstraints} and {@code indexes}. {@link CollectionKeys} adds the
 * order and map key columns and the key Hibernate gives the table.
 *
 * <p>Its pass runs third, after the to-one pass: the owner's and the target's tables are complete, so a join
 * column may reference any of their columns, a {@code @OneToMany} can add its column to the target's table, and
 * a collection table's columns are in place before its declared constraints name them. The table-level
 * constraints of entity tables come after it, since they may name a column it adds.
 */
final class CollectionTables {

    private final MappingContext context;
    private final Annotations a;
    private final Naming naming;

    CollectionTables(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
        this.naming = context.naming;
    }

    void map(Attribute attr, Placement placement) {
        CollectionAttribute c = new CollectionAttribute(attr, shape(attr), placement.entity(), placement.table(),
                placement.origin());
        Element m = attr.member();
        List<? extends TypeMirror> args = attr.type() instanceof DeclaredType d ? d.getTypeArguments() : List.of();
        TypeMirror element = args.isEmpty() ? null : args.get(args.size() - 1);
        TypeMirror key = c.shape() == CollectionAttribute.Shape.MAP && args.size() == 2 ? args.get(0) : null;
        if (a.hasJpa(m, "ElementCollection")) {
            AnnotationMirror ec = a.jpa(m, "ElementCollection").orElseThrow();
            TypeElement targetClass = a.typeElement(ec, "targetClass");
            elementCollection(c, targetClass != null ? targetClass.asType() : element, key);
        } else {
            AnnotationMirror assoc = a.jpa(m, "OneToMany").or(() -> a.jpa(m, "ManyToMany"))
                    .orElseThrow();
            association(c, assoc, element, key);
        }
    }

    private CollectionAttribute.Shape shape(Attribute attr) {
        TypeMirror erased = context.types.erasure(attr.type());
        if (isA(erased, "java.util.Map")) {
            return CollectionAttribute.Shape.MAP;
        }
        if (isA(erased, "java.util.Set")) {
            return CollectionAttribute.Shape.SET;
        }
        if (isA(erased, "java.util.List") || isA(erased, "java.util.Collection")) {
            return a.hasJpa(attr.member(), "OrderColumn") ? CollectionAttribute.Shape.LIST
                    : CollectionAttribute.Shape.BAG;
        }
        throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, attr.member(), "Collection attribute "
                + attr.name() + " has type " + attr.type() + ", which is not a java.util.Collection or Map."
                + " Declare it as Set, List, Collection or Map.");
    }

    private boolean isA(TypeMirror erased, String name) {
        Types types = context.types;
        TypeElement e = context.elements.getTypeElement(name);
        return e != null && types.isAssignable(erased, types.erasure(e.asType()));
    }

    private void elementCollection(CollectionAttribute c, TypeMirror element, TypeMirror key) {
        Element m = c.member();
        if (element == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "The element type of " + c.name()
                    + " cannot be told. Declare the type argument (List<String>) or"
                    + " @ElementCollection(targetClass = ...).");
        }
        AnnotationMirror ct = a.jpa(m, "CollectionTable").orElse(null);
        String name = ct != null && a.nonEmpty(ct, "name") != null ? a.nonEmpty(ct, "name")
                : c.owner().entityName + "_" + c.name();
        String schema = ct != null && a.nonEmpty(ct, "schema") != null ? naming.physicalName(a.nonEmpty(ct, "schema"))
                : null;
        TableBuilder table = context.table(schema, naming.physicalName(name), c.origin());
        List<AnnotationMirror> joins = ct == null ? List.of() : a.annotations(ct, "joinColumns");
        List<String> keyColumns = ownerKey(c, table, c.owner().entityName, joins,
                ct == null ? null : a.annotation(ct, "foreignKey"));
        List<String> elementColumns = new ArrayList<>();
        TypeElement elementType = MappingContext.typeElement(element);
        if (elementType != null && a.hasJpa(elementType, "Entity")) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "@ElementCollection " + c.name()
                    + " holds entities (" + elementType.getQualifiedName() + "). Use @OneToMany or @ManyToMany.");
        }
        List<String> before = table.columnNames();
        Attribute elementAttr = new Attribute(c.name(), m, element, c.attr().declaring());
        if (context.isEmbeddable(element)) {
            context.embeddables.embeddedInto(elementAttr, c.owner(), table, c.origin());
        } else {
            context.basicColumns.basicInto(elementAttr, c.owner(), table, c.originPrefix());
        }
        for (String column : table.columnNames()) {
            if (!before.contains(column)) {
                elementColumns.add(column);
            }
        }
        context.collectionKeys.primaryKey(c, table, keyColumns, elementColumns, key, true, ct);
        declaredConstraints(c, ct, table);
    }

    private void association(CollectionAttribute c, AnnotationMirror assoc, TypeMirror element, TypeMirror key) {
        Element m = c.member();
        if (element == null && a.typeElement(assoc, "targetEntity") == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, assoc, "The target of " + c.name()
                    + " cannot be told. Declare the type argument (Set<Tag>) or targetEntity.");
        }
        Associations associations = context.associations;
        EntityInfo target = associations.targetEntity(c.attr(), assoc, "targetEntity", element);
        boolean oneToMany = a.hasJpa(m, "OneToMany");
        String mappedBy = a.nonEmpty(assoc, "mappedBy");
        if (mappedBy != null) {
            if (findAttribute(target, mappedBy) == null) {
                throw new MappingException(ErrorId.BAD_MAPPED_BY, m, assoc, "mappedBy = \"" + mappedBy
                        + "\" names no attribute of " + target.qualifiedName() + ". Name the attribute of the"
                        + " owning side that refers back to " + c.owner().qualifiedName() + ".");
            }
            if (oneToMany && c.shape() == CollectionAttribute.Shape.LIST) {
                // the owning side's table keeps the list order
                TableBuilder targetTable = context.builtTable(target);
                if (targetTable != null) {
                    context.collectionKeys.orderColumnIn(c, targetTable);
                }
            }
            return;
        }
        TableBuilder targetTable = context.builtTable(target);
        List<AnnotationMirror> joinColumns = a.repeated(m, Annotations.JPA + "JoinColumn",
                Annotations.JPA + "JoinColumns");
        if (oneToMany && !joinColumns.isEmpty() && !a.hasJpa(m, "JoinTable")) {
            foreignKeyInTarget(c, target, targetTable, joinColumns, key);
            return;
        }
        if (targetTable == null && target.tableName == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, assoc, "The target of " + c.name()
                    + " has no table.");
        }
        AnnotationMirror jt = a.jpa(m, "JoinTable").orElse(null);
        String targetTableName = targetTable != null ? targetTable.name() : target.tableName;
        String name = jt != null && a.nonEmpty(jt, "name") != null ? a.nonEmpty(jt, "name")
                : naming.implicitJoinTable(c.ownerTable().name(), targetTableName, c.name());
        String schema = jt != null && a.nonEmpty(jt, "schema") != null ? naming.physicalName(a.nonEmpty(jt, "schema"))
                : null;
        TableBuilder table = context.table(schema, naming.physicalName(name), c.origin());
        String ownerPrefix = c.owner().entityName;
        if (!oneToMany) {
            Attribute inverse = inverseManyToMany(c, target);
            if (inverse != null) {
                ownerPrefix = inverse.name();
            }
        }
        List<String> keyColumns = ownerKey(c, table, ownerPrefix, jt == null ? List.of() : a.annotations(jt,
                "joinColumns"), jt == null ? null : a.annotation(jt, "foreignKey"));
        List<AnnotationMirror> inverseJoins = jt == null ? List.of() : a.annotations(jt, "inverseJoinColumns");
        List<JoinColumn> inverse = associations.joinColumns(c.name(), target, inverseJoins, targetTable, m);
        List<String> inverseColumns = new ArrayList<>();
        for (JoinColumn jc : inverse) {
            table.addColumn(jc.column(false, c.origin()), null, m);
            inverseColumns.add(jc.name());
        }
        associations.addForeignKey(table, inverseColumns, target, inverse,
                jt == null ? null : a.annotation(jt, "inverseForeignKey"), associations.onDelete(m), c.origin());
        if (oneToMany && c.shape() == CollectionAttribute.Shape.SET) {
            // each target row belongs to one owner: Hibernate keys the join table by the target alone
            table.primaryKey(new PrimaryKey(null, inverseColumns));
            declaredConstraints(c, jt, table);
            return;
        }
        if (oneToMany && c.shape() != CollectionAttribute.Shape.MAP) {
            table.addUnique(new UniqueConstraint(null, inverseColumns, c.origin()));
        }
        context.collectionKeys.primaryKey(c, table, keyColumns, inverseColumns, key, false, jt);
        declaredConstraints(c, jt, table);
    }

    /** A unidirectional {@code @OneToMany @JoinColumn}: the key column lives in the target's table. */
    private void foreignKeyInTarget(CollectionAttribute c, EntityInfo target, TableBuilder targetTable,
                                    List<AnnotationMirror> joins, TypeMirror key) {
        Element m = c.member();
        if (targetTable == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "The target of " + c.name() + " ("
                    + target.qualifiedName() + ") is not compiled with this module, so its table cannot receive"
                    + " the join column. Map the association from the other side (@ManyToOne) instead.");
        }
        Associations associations = context.associations;
        List<JoinColumn> columns = associations.joinColumns(c.name(), c.owner(), joins, c.ownerTable(), m);
        List<String> names = new ArrayList<>();
        for (JoinColumn jc : columns) {
            targetTable.addColumn(jc.column(jc.nullable(), c.origin()), null, m);
            names.add(jc.name());
        }
        associations.addForeignKey(targetTable, names, c.owner(), columns, associations.foreignKeyOf(joins,
                a.jpa(m, "JoinColumns").orElse(null)), associations.onDelete(m), c.origin());
        if (a.hasJpa(m, "OrderColumn")) {
            context.collectionKeys.orderColumnIn(c, targetTable);
        }
        if (key != null) {
            context.collectionKeys.mapKeyColumns(c, targetTable, key, true);
        }
    }

    /** The table's own {@code uniqueConstraints} and {@code indexes}, once all its columns are in place. */
    private void declaredConstraints(CollectionAttribute c, AnnotationMirror tableAnnotation, TableBuilder table) {
        if (tableAnnotation != null) {
            context.tableConstraints.declared(tableAnnotation, table, c.member(), c.origin());
        }
    }

    /** The owner's key columns in a collection or join table, with their foreign key to the owner. */
    private List<String> ownerKey(CollectionAttribute c, TableBuilder table, String implicitPrefix,
                                  List<AnnotationMirror> joins, AnnotationMirror foreignKey) {
        Element m = c.member();
        List<JoinColumn> columns = context.associations.joinColumns(implicitPrefix, c.owner(), joins,
                c.ownerTable(), m);
        List<String> names = new ArrayList<>();
        for (JoinColumn jc : columns) {
            table.addColumn(jc.column(false, c.origin()), null, m);
            names.add(jc.name());
        }
        if (foreignKey == null || !"NO_CONSTRAINT".equals(a.enumName(foreignKey, "value"))) {
            TableBuilder ownerTable = c.ownerTable();
            table.addForeignKey(new ForeignKey(foreignKey == null ? null : a.nonEmpty(foreignKey, "name"), names,
                    ownerTable.schema(), ownerTable.name(), columns.stream().map(j -> j.referenced().name()).toList(),
                    context.associations.onDelete(m), null, c.origin()));
        }
        return names;
    }

    private Attribute findAttribute(EntityInfo target, String name) {
        return firstAttribute(target, candidate -> candidate.name().equals(name));
    }

    /** The target's {@code @ManyToMany(mappedBy = <this attribute>)}, which names the owner's join column. */
    private Attribute inverseManyToMany(CollectionAttribute c, EntityInfo target) {
        return firstAttribute(target, candidate -> {
            AnnotationMirror mm = a.jpa(candidate.member(), "ManyToMany").orElse(null);
            return mm != null && c.name().equals(a.nonEmpty(mm, "mappedBy"));
        });
    }

    /** The first attribute of an entity, then of the classes above it, that matches; or {@code null}. */
    private Attribute firstAttribute(EntityInfo target, Predicate<Attribute> wanted) {
        AttributeScanner scanner = context.scanner;
        for (TypeElement t = target.type; t != null;
             t = t.getSuperclass() instanceof DeclaredType d ? (TypeElement) d.asElement() : null) {
            if (t.getQualifiedName().contentEquals("java.lang.Object")) {
                break;
            }
            for (Attribute candidate : scanner.declared(t, (DeclaredType) target.type.asType(),
                    scanner.accessOf(t, target.root.access))) {
                if (wanted.test(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
