package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The columns that identify an element of a collection, and the key Hibernate builds from them: a set's table
 * is keyed by owner and element (or, for nullable elements, made unique), an indexed list's by owner and order
 * column, a map's by owner and map key, a bag's not at all. Also the order and map key columns that a
 * {@code @OneToMany} puts in its target's table.
 *
 * <p>{@link CollectionTables} calls it once the collection's table holds the owner's key and element columns,
 * which the key is made of.
 */
final class CollectionKeys {

    private final MappingContext context;
    private final Annotations a;
    private final Naming naming;

    CollectionKeys(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
        this.naming = context.naming;
    }

    /** Adds the order or map key column and the key Hibernate gives the collection table. */
    void primaryKey(CollectionAttribute c, TableBuilder table, List<String> keyColumns, List<String> elementColumns,
                    TypeMirror key, boolean elementCollection, AnnotationMirror tableAnnotation) {
        List<String> pk = new ArrayList<>(keyColumns);
        switch (c.shape()) {
            case LIST -> {
                String order = orderColumnName(c);
                table.addColumn(Column.of(order, ColumnType.of(TypeKind.INTEGER), false, c.origin()), null,
                        c.member());
                table.addCheck(new CheckConstraint(null, new CheckCondition.Range(order, 0L, null), c.origin()));
                pk.add(order);
                table.primaryKey(new PrimaryKey(null, pk));
            }
            case MAP -> {
                if (a.hasJpa(c.member(), "MapKey") || key == null) {
                    return;
                }
                pk.addAll(mapKeyColumns(c, table, key, false));
                table.primaryKey(new PrimaryKey(null, pk));
            }
            case SET -> {
                pk.addAll(elementColumns);
                boolean allNotNull = elementColumns.stream().noneMatch(column -> table.column(column).nullable());
                if (declaresUniqueConstraints(tableAnnotation)) {
                    return;
                }
                if (allNotNull || !elementCollection) {
                    table.primaryKey(new PrimaryKey(null, pk));
                } else {
                    table.addUnique(new UniqueConstraint(null, pk, c.origin()));
                }
            }
            default -> {
            }
        }
    }

    /** Hibernate leaves a set's primary key out when its table declares unique constraints of its own. */
    private boolean declaresUniqueConstraints(AnnotationMirror tableAnnotation) {
        return tableAnnotation != null && !a.annotations(tableAnnotation, "uniqueConstraints").isEmpty();
    }

    /** A nullable order column, checked {@code >= 0}, in the target's table. */
    void orderColumnIn(CollectionAttribute c, TableBuilder targetTable) {
        String order = orderColumnName(c);
        targetTable.addColumn(Column.of(order, ColumnType.of(TypeKind.INTEGER), true, c.origin()), null, c.member());
        targetTable.addCheck(new CheckConstraint(null, new CheckCondition.Range(order, 0L, null), c.origin()));
    }

    private String orderColumnName(CollectionAttribute c) {
        AnnotationMirror oc = a.jpa(c.member(), "OrderColumn").orElse(null);
        String name = oc != null && a.nonEmpty(oc, "name") != null ? a.nonEmpty(oc, "name")
                : c.name() + "_ORDER";
        return naming.physicalName(name);
    }

    /** The map key column (or the join columns of an entity key), with their check or foreign key. */
    List<String> mapKeyColumns(CollectionAttribute c, TableBuilder table, TypeMirror key, boolean nullable) {
        TypeElement keyType = MappingContext.typeElement(key);
        if (keyType != null && a.hasJpa(keyType, "Entity")) {
            return entityKeyColumns(c, table, keyType, nullable);
        }
        if (keyType != null && a.hasJpa(keyType, "Embeddable")) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, c.member(), "Map attribute " + c.name()
                    + " has an embeddable key (" + keyType.getQualifiedName() + "), which this processor"
                    + " does not map. Use a basic or entity key type, or @MapKey.");
        }
        return List.of(mapKeyColumn(c, table, key, nullable));
    }

    /** An entity map key: {@code @MapKeyJoinColumn}s, by default {@code <attribute>_KEY}, referencing its id. */
    private List<String> entityKeyColumns(CollectionAttribute c, TableBuilder table, TypeElement keyType,
                                          boolean nullable) {
        Element m = c.member();
        Associations associations = context.associations;
        EntityInfo target = context.entities.info(keyType);
        List<AnnotationMirror> joins = a.repeated(m, Annotations.JPA + "MapKeyJoinColumn",
                Annotations.JPA + "MapKeyJoinColumns");
        List<JoinColumn> columns = associations.joinColumns(c.name() + "_KEY", target, joins,
                context.builtTable(target), m);
        if (joins.isEmpty() && columns.size() == 1) {
            JoinColumn only = columns.get(0);
            columns = List.of(new JoinColumn(naming.physicalName(c.name() + "_KEY"), only.referenced(), true, false,
                    null));
        }
        List<String> names = new ArrayList<>();
        for (JoinColumn jc : columns) {
            table.addColumn(jc.column(nullable, c.origin()), null, m);
            names.add(jc.name());
        }
        associations.addForeignKey(table, names, target, columns, associations.foreignKeyOf(joins,
                a.jpa(m, "MapKeyJoinColumns").orElse(null)), ReferentialAction.NO_ACTION, c.origin());
        return names;
    }

    private String mapKeyColumn(CollectionAttribute c, TableBuilder table, TypeMirror key, boolean nullable) {
        Element m = c.member();
        AnnotationMirror mk = a.jpa(m, "MapKeyColumn").orElse(null);
        String name = mk != null && a.nonEmpty(mk, "name") != null ? a.nonEmpty(mk, "name") : c.name() + "_KEY";
        String physical = naming.physicalName(name);
        TypeHints hints = TypeHints.of(a, m, mk, true);
        TypeMapper.Mapped mapped = context.mapper.map(key, hints);
        table.addColumn(Column.of(physical, mapped.type(), nullable, c.origin()), null, m);
        if (mapped.check() != null) {
            table.addCheck(new CheckConstraint(null, mapped.check().apply(physical), c.origin()));
        }
        return physical;
    }
}
