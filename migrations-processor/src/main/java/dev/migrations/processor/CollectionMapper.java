package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Maps one collection attribute: an {@code @ElementCollection} table, a {@code @ManyToMany} or unidirectional
 * {@code @OneToMany} join table, or the foreign key column a {@code @OneToMany @JoinColumn} puts in its
 * target's table. Keys follow Hibernate: a set is keyed by owner and element, an indexed list by owner and
 * order column, a map by owner and map key, a bag not at all.
 */
final class CollectionMapper {

    private enum Shape { SET, LIST, BAG, MAP }

    private final MappingContext context;
    private final Annotations a;
    private final Naming naming;
    private final Attribute attr;
    private final EntityInfo owner;
    private final TableBuilder ownerTable;
    private final String origin;
    private final String prefix;

    CollectionMapper(MappingContext context, Attribute attr, EntityInfo owner, TableBuilder ownerTable,
                     String originPrefix) {
        this.context = context;
        this.a = context.annotations;
        this.naming = context.naming;
        this.attr = attr;
        this.owner = owner;
        this.ownerTable = ownerTable;
        this.origin = originPrefix + attr.name();
        this.prefix = originPrefix;
    }

    void map() {
        Element m = attr.member();
        Shape shape = shape();
        List<? extends TypeMirror> args = attr.type() instanceof DeclaredType d ? d.getTypeArguments() : List.of();
        TypeMirror element = args.isEmpty() ? null : args.get(args.size() - 1);
        TypeMirror key = shape == Shape.MAP && args.size() == 2 ? args.get(0) : null;
        if (a.hasJpa(m, "ElementCollection")) {
            AnnotationMirror ec = a.jpa(m, "ElementCollection").orElseThrow();
            TypeElement targetClass = a.typeElement(ec, "targetClass");
            elementCollection(shape, targetClass != null ? targetClass.asType() : element, key);
        } else {
            AnnotationMirror assoc = a.jpa(m, "OneToMany").or(() -> a.jpa(m, "ManyToMany"))
                    .orElseThrow();
            association(shape, assoc, element, key);
        }
    }

    private Shape shape() {
        Types types = context.types;
        TypeMirror erased = types.erasure(attr.type());
        if (isA(erased, "java.util.Map")) {
            return Shape.MAP;
        }
        if (isA(erased, "java.util.Set")) {
            return Shape.SET;
        }
        if (isA(erased, "java.util.List")) {
            return a.hasJpa(attr.member(), "OrderColumn") ? Shape.LIST : Shape.BAG;
        }
        if (isA(erased, "java.util.Collection")) {
            return a.hasJpa(attr.member(), "OrderColumn") ? Shape.LIST : Shape.BAG;
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

    private void elementCollection(Shape shape, TypeMirror element, TypeMirror key) {
        Element m = attr.member();
        if (element == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "The element type of " + attr.name()
                    + " cannot be told. Declare the type argument (List<String>) or"
                    + " @ElementCollection(targetClass = ...).");
        }
        AnnotationMirror ct = a.jpa(m, "CollectionTable").orElse(null);
        String name = ct != null && a.nonEmpty(ct, "name") != null ? a.nonEmpty(ct, "name")
                : owner.entityName + "_" + attr.name();
        String schema = ct != null && a.nonEmpty(ct, "schema") != null ? naming.physicalName(a.nonEmpty(ct, "schema"))
                : null;
        TableBuilder table = newTable(schema, naming.physicalName(name));
        List<AnnotationMirror> joins = ct == null ? List.of() : a.annotations(ct, "joinColumns");
        List<String> keyColumns = ownerKey(table, owner.entityName, joins,
                ct == null ? null : a.annotation(ct, "foreignKey"));
        List<String> elementColumns = new ArrayList<>();
        TypeElement elementType = MappingContext.typeElement(element);
        if (elementType != null && a.hasJpa(elementType, "Entity")) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "@ElementCollection " + attr.name()
                    + " holds entities (" + elementType.getQualifiedName() + "). Use @OneToMany or @ManyToMany.");
        }
        List<String> before = table.columnNames();
        Attribute elementAttr = new Attribute(attr.name(), m, element, attr.declaring());
        if (context.isEmbeddable(element)) {
            context.embeddables.embeddedInto(elementAttr, owner, table, origin);
        } else {
            context.basicColumns.basicInto(elementAttr, owner, table, prefix);
        }
        for (String c : table.columnNames()) {
            if (!before.contains(c)) {
                elementColumns.add(c);
            }
        }
        keyOf(shape, table, keyColumns, elementColumns, key, true, ct);
        declaredConstraints(ct, table);
    }

    /** The table's own {@code uniqueConstraints} and {@code indexes}, once all its columns are in place. */
    private void declaredConstraints(AnnotationMirror tableAnnotation, TableBuilder table) {
        if (tableAnnotation != null) {
            context.tableConstraints.declared(tableAnnotation, table, attr.member(), origin);
        }
    }

    /** Hibernate leaves a set's primary key out when its table declares unique constraints of its own. */
    private boolean declaresUniqueConstraints(AnnotationMirror tableAnnotation) {
        return tableAnnotation != null && !a.annotations(tableAnnotation, "uniqueConstraints").isEmpty();
    }

    private void association(Shape shape, AnnotationMirror assoc, TypeMirror element, TypeMirror key) {
        Element m = attr.member();
        if (element == null && a.typeElement(assoc, "targetEntity") == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, assoc, "The target of " + attr.name()
                    + " cannot be told. Declare the type argument (Set<Tag>) or targetEntity.");
        }
        EntityInfo target = context.associations.targetEntity(attr, assoc, "targetEntity", element);
        boolean oneToMany = a.hasJpa(m, "OneToMany");
        String mappedBy = a.nonEmpty(assoc, "mappedBy");
        if (mappedBy != null) {
            if (findAttribute(target, mappedBy) == null) {
                throw new MappingException(ErrorId.BAD_MAPPED_BY, m, assoc, "mappedBy = \"" + mappedBy
                        + "\" names no attribute of " + target.qualifiedName() + ". Name the attribute of the"
                        + " owning side that refers back to " + owner.qualifiedName() + ".");
            }
            if (oneToMany && shape == Shape.LIST) {
                // the owning side's table keeps the list order
                TableBuilder targetTable = context.builtTable(target);
                if (targetTable != null) {
                    orderColumnIn(targetTable);
                }
            }
            return;
        }
        TableBuilder targetTable = context.builtTable(target);
        List<AnnotationMirror> joinColumns = a.repeated(m, Annotations.JPA + "JoinColumn",
                Annotations.JPA + "JoinColumns");
        if (oneToMany && !joinColumns.isEmpty() && !a.hasJpa(m, "JoinTable")) {
            foreignKeyInTarget(target, targetTable, joinColumns, key);
            return;
        }
        if (targetTable == null && target.tableName == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, assoc, "The target of " + attr.name()
                    + " has no table.");
        }
        AnnotationMirror jt = a.jpa(m, "JoinTable").orElse(null);
        String targetTableName = targetTable != null ? targetTable.name() : target.tableName;
        String name = jt != null && a.nonEmpty(jt, "name") != null ? a.nonEmpty(jt, "name")
                : naming.implicitJoinTable(ownerTable.name(), targetTableName, attr.name());
        String schema = jt != null && a.nonEmpty(jt, "schema") != null ? naming.physicalName(a.nonEmpty(jt, "schema"))
                : null;
        TableBuilder table = newTable(schema, naming.physicalName(name));
        String ownerPrefix = owner.entityName;
        if (!oneToMany) {
            Attribute inverse = inverseManyToMany(target);
            if (inverse != null) {
                ownerPrefix = inverse.name();
            }
        }
        List<String> keyColumns = ownerKey(table, ownerPrefix, jt == null ? List.of() : a.annotations(jt,
                "joinColumns"), jt == null ? null : a.annotation(jt, "foreignKey"));
        List<AnnotationMirror> inverseJoins = jt == null ? List.of() : a.annotations(jt, "inverseJoinColumns");
        List<JoinColumn> inverse = context.associations.joinColumns(attr.name(), target, inverseJoins, targetTable,
                m);
        List<String> inverseColumns = new ArrayList<>();
        for (JoinColumn jc : inverse) {
            table.addColumn(jc.column(false, origin), null, m);
            inverseColumns.add(jc.name());
        }
        context.associations.addForeignKey(table, inverseColumns, target, inverse,
                jt == null ? null : a.annotation(jt, "inverseForeignKey"), context.associations.onDelete(m), origin);
        if (oneToMany && shape == Shape.SET) {
            // each target row belongs to one owner: Hibernate keys the join table by the target alone
            table.primaryKey(new PrimaryKey(null, inverseColumns));
            declaredConstraints(jt, table);
            return;
        }
        if (oneToMany && shape != Shape.MAP) {
            table.addUnique(new UniqueConstraint(null, inverseColumns, origin));
        }
        keyOf(shape, table, keyColumns, inverseColumns, key, false, jt);
        declaredConstraints(jt, table);
    }

    /** A unidirectional {@code @OneToMany @JoinColumn}: the key column lives in the target's table. */
    private void foreignKeyInTarget(EntityInfo target, TableBuilder targetTable, List<AnnotationMirror> joins,
                                    TypeMirror key) {
        Element m = attr.member();
        if (targetTable == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "The target of " + attr.name() + " ("
                    + target.qualifiedName() + ") is not compiled with this module, so its table cannot receive"
                    + " the join column. Map the association from the other side (@ManyToOne) instead.");
        }
        List<JoinColumn> columns = context.associations.joinColumns(attr.name(), owner, joins, ownerTable, m);
        List<String> names = new ArrayList<>();
        for (JoinColumn jc : columns) {
            targetTable.addColumn(jc.column(jc.nullable(), origin), null, m);
            names.add(jc.name());
        }
        context.associations.addForeignKey(targetTable, names, owner, columns, context.associations.foreignKeyOf(joins,
                a.jpa(m, "JoinColumns").orElse(null)), context.associations.onDelete(m), origin);
        if (a.hasJpa(m, "OrderColumn")) {
            orderColumnIn(targetTable);
        }
        if (key != null) {
            mapKeyColumns(targetTable, key, true);
        }
    }

    /** A nullable order column, checked {@code >= 0}, in the target's table. */
    private void orderColumnIn(TableBuilder targetTable) {
        String order = orderColumnName();
        targetTable.addColumn(Column.of(order, ColumnType.of(TypeKind.INTEGER), true, origin), null, attr.member());
        targetTable.addCheck(new CheckConstraint(null, new CheckCondition.Range(order, 0L, null), origin));
    }

    private TableBuilder newTable(String schema, String name) {
        return context.table(schema, name, origin);
    }

    /** The owner's key columns in a collection or join table, with their foreign key to the owner. */
    private List<String> ownerKey(TableBuilder table, String implicitPrefix, List<AnnotationMirror> joins,
                                  AnnotationMirror foreignKey) {
        Element m = attr.member();
        List<JoinColumn> columns = context.associations.joinColumns(implicitPrefix, owner, joins, ownerTable, m);
        List<String> names = new ArrayList<>();
        for (JoinColumn jc : columns) {
            table.addColumn(jc.column(false, origin), null, m);
            names.add(jc.name());
        }
        ownerForeignKey(table, names, columns, foreignKey);
        return names;
    }

    private void ownerForeignKey(TableBuilder table, List<String> names, List<JoinColumn> columns,
                                 AnnotationMirror foreignKey) {
        if (foreignKey != null && "NO_CONSTRAINT".equals(a.enumName(foreignKey, "value"))) {
            return;
        }
        table.addForeignKey(new dev.migrations.model.ForeignKey(
                foreignKey == null ? null : a.nonEmpty(foreignKey, "name"), names, ownerTable.schema(),
                ownerTable.name(), columns.stream().map(j -> j.referenced().name()).toList(),
                onDeleteOfOwner(), null, origin));
    }

    private dev.migrations.model.ReferentialAction onDeleteOfOwner() {
        return context.associations.onDelete(attr.member());
    }

    /** Adds the order or map key column and the key Hibernate gives the collection table. */
    private void keyOf(Shape shape, TableBuilder table, List<String> keyColumns, List<String> elementColumns,
                       TypeMirror key, boolean elementCollection, AnnotationMirror tableAnnotation) {
        List<String> pk = new ArrayList<>(keyColumns);
        switch (shape) {
            case LIST -> {
                String order = orderColumnName();
                table.addColumn(Column.of(order, ColumnType.of(TypeKind.INTEGER), false, origin), null,
                        attr.member());
                table.addCheck(new CheckConstraint(null, new CheckCondition.Range(order, 0L, null), origin));
                pk.add(order);
                table.primaryKey(new PrimaryKey(null, pk));
            }
            case MAP -> {
                if (a.hasJpa(attr.member(), "MapKey") || key == null) {
                    return;
                }
                pk.addAll(mapKeyColumns(table, key, false));
                table.primaryKey(new PrimaryKey(null, pk));
            }
            case SET -> {
                pk.addAll(elementColumns);
                boolean allNotNull = elementColumns.stream().noneMatch(c -> table.column(c).nullable());
                if (declaresUniqueConstraints(tableAnnotation)) {
                    return;
                }
                if (allNotNull || !elementCollection) {
                    table.primaryKey(new PrimaryKey(null, pk));
                } else {
                    table.addUnique(new UniqueConstraint(null, pk, origin));
                }
            }
            default -> {
            }
        }
    }

    private String orderColumnName() {
        AnnotationMirror oc = a.jpa(attr.member(), "OrderColumn").orElse(null);
        String name = oc != null && a.nonEmpty(oc, "name") != null ? a.nonEmpty(oc, "name")
                : attr.name() + "_ORDER";
        return naming.physicalName(name);
    }

    /** The map key column (or the join columns of an entity key), with their check or foreign key. */
    private List<String> mapKeyColumns(TableBuilder table, TypeMirror key, boolean nullable) {
        Element m = attr.member();
        TypeElement keyType = MappingContext.typeElement(key);
        if (keyType != null && a.hasJpa(keyType, "Entity")) {
            return entityKeyColumns(table, keyType, nullable);
        }
        if (keyType != null && a.hasJpa(keyType, "Embeddable")) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "Map attribute " + attr.name()
                    + " has an embeddable key (" + keyType.getQualifiedName() + "), which this processor"
                    + " does not map. Use a basic or entity key type, or @MapKey.");
        }
        return List.of(mapKeyColumn(table, key, nullable));
    }

    /** An entity map key: {@code @MapKeyJoinColumn}s, by default {@code <attribute>_KEY}, referencing its id. */
    private List<String> entityKeyColumns(TableBuilder table, TypeElement keyType, boolean nullable) {
        Element m = attr.member();
        EntityInfo target = context.entities.info(keyType);
        List<AnnotationMirror> joins = a.repeated(m, Annotations.JPA + "MapKeyJoinColumn",
                Annotations.JPA + "MapKeyJoinColumns");
        List<JoinColumn> columns = context.associations.joinColumns(attr.name() + "_KEY", target, joins,
                context.builtTable(target), m);
        if (joins.isEmpty() && columns.size() == 1) {
            JoinColumn only = columns.get(0);
            columns = List.of(new JoinColumn(naming.physicalName(attr.name() + "_KEY"),
                    only.referenced(), true, false, null));
        }
        List<String> names = new ArrayList<>();
        for (JoinColumn jc : columns) {
            table.addColumn(jc.column(nullable, origin), null, m);
            names.add(jc.name());
        }
        context.associations.addForeignKey(table, names, target, columns, context.associations.foreignKeyOf(joins,
                a.jpa(m, "MapKeyJoinColumns").orElse(null)), dev.migrations.model.ReferentialAction.NO_ACTION, origin);
        return names;
    }

    private String mapKeyColumn(TableBuilder table, TypeMirror key, boolean nullable) {
        Element m = attr.member();
        AnnotationMirror mk = a.jpa(m, "MapKeyColumn").orElse(null);
        String name = mk != null && a.nonEmpty(mk, "name") != null ? a.nonEmpty(mk, "name") : attr.name() + "_KEY";
        String physical = naming.physicalName(name);
        TypeHints hints = TypeHints.of(a, m, mk, true);
        TypeMapper.Mapped mapped = context.mapper.map(key, hints);
        table.addColumn(Column.of(physical, mapped.type(), nullable, origin), null, m);
        if (mapped.check() != null) {
            table.addCheck(new CheckConstraint(null, mapped.check().apply(physical), origin));
        }
        return physical;
    }

    private Attribute findAttribute(EntityInfo target, String name) {
        for (TypeElement t = target.type; t != null;
             t = t.getSuperclass() instanceof DeclaredType d ? (TypeElement) d.asElement() : null) {
            if (t.getQualifiedName().contentEquals("java.lang.Object")) {
                break;
            }
            for (Attribute candidate : context.scanner.declared(t, (DeclaredType) target.type.asType(),
                    context.scanner.accessOf(t, target.root.access))) {
                if (candidate.name().equals(name)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The target's {@code @ManyToMany(mappedBy = <this attribute>)}, which names the owner's join column. */
    private Attribute inverseManyToMany(EntityInfo target) {
        for (TypeElement t = target.type; t != null;
             t = t.getSuperclass() instanceof DeclaredType d ? (TypeElement) d.asElement() : null) {
            if (t.getQualifiedName().contentEquals("java.lang.Object")) {
                break;
            }
            for (Attribute candidate : context.scanner.declared(t, (DeclaredType) target.type.asType(),
                    context.scanner.accessOf(t, target.root.access))) {
                AnnotationMirror mm = a.jpa(candidate.member(), "ManyToMany").orElse(null);
                if (mm != null && attr.name().equals(a.nonEmpty(mm, "mappedBy"))) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
