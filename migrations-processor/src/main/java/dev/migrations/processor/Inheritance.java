package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What an inheritance hierarchy adds to its tables: the discriminator column and the check of its known values,
 * a joined subclass's foreign key to its parent's table, and a single-table subclass's not-null check.
 *
 * <p>The first two run in {@link EntityTables}, once the table has its key. The not-null check runs in the
 * table-constraint pass, the last one: it lists the subclass's implied not-null columns, and the to-one pass adds
 * join columns to that list.
 */
final class Inheritance {

    private final MappingContext context;
    private final Annotations a;

    Inheritance(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
    }

    /** A joined subclass's key references its parent's, unless {@code @PrimaryKeyJoinColumn} says no constraint. */
    void parentForeignKey(EntityInfo info, TableBuilder table, List<Column> ids) {
        List<Column> parentIds = context.identifiers.idColumns(info.parent);
        AnnotationMirror fk = context.associations.foreignKeyOf(a.repeated(info.type,
                Annotations.JPA + "PrimaryKeyJoinColumn", Annotations.JPA + "PrimaryKeyJoinColumns"),
                a.jpa(info.type, "PrimaryKeyJoinColumns").orElse(null));
        if (fk == null || !"NO_CONSTRAINT".equals(a.enumName(fk, "value"))) {
            table.addForeignKey(new ForeignKey(fk == null ? null : a.nonEmpty(fk, "name"),
                    ids.stream().map(Column::name).toList(), info.parent.schema, info.parent.tableName,
                    parentIds.stream().map(Column::name).toList(), null, null, info.qualifiedName()));
        }
    }

    /** The discriminator column of a hierarchy that needs one, with the check of its known values. */
    void discriminator(EntityInfo root, TableBuilder table) {
        Discriminator d = discriminatorOf(root);
        if (d == null) {
            return;
        }
        table.addColumn(new Column(d.column(), d.type(), false, null, false, null, d.definition(),
                root.qualifiedName()), d.logical(), root.type);
        List<String> values = new ArrayList<>();
        List<TypeElement> hierarchy = new ArrayList<>(context.entities.subclassesOf(root.type));
        if (context.entities.isBuilt(root.type)) {
            hierarchy.add(root.type);
        }
        for (TypeElement e : hierarchy) {
            if (!e.getModifiers().contains(Modifier.ABSTRACT)) {
                values.add(discriminatorValue(context.entities.info(e)));
            }
        }
        Collections.sort(values);
        if (!values.isEmpty()) {
            table.addCheck(new CheckConstraint(null, new CheckCondition.InValues(d.column(), values),
                    root.qualifiedName()));
        }
    }

    /**
     * Hibernate 7 keeps a single-table subclass's implied {@code not null} columns nullable and checks them for
     * the subclass's rows: {@code DTYPE <> 'Sub' or (a is not null and b is not null)}.
     */
    void subclassNotNullCheck(EntityInfo info, TableBuilder table, List<String> columns) {
        Discriminator d = discriminatorOf(info.root);
        if (columns.isEmpty() || d == null) {
            return;
        }
        List<String> sorted = new ArrayList<>(columns);
        Collections.sort(sorted);
        String value = discriminatorValue(info);
        String literal = "INTEGER".equals(d.kind()) ? value : "'" + value.replace("'", "''") + "'";
        StringBuilder sql = new StringBuilder(d.column()).append(" <> ").append(literal).append(" or (");
        for (int i = 0; i < sorted.size(); i++) {
            sql.append(i == 0 ? "" : " and ").append(sorted.get(i)).append(" is not null");
        }
        sql.append(')');
        table.addCheck(new CheckConstraint(null, new CheckCondition.Expression(sql.toString()),
                info.qualifiedName()));
    }

    /**
     * A hierarchy's discriminator column.
     *
     * @param column     the physical name
     * @param logical    the name as written
     * @param kind       {@code STRING}, {@code CHAR} or {@code INTEGER}
     * @param type       the column type
     * @param definition the {@code columnDefinition}, or {@code null}
     */
    private record Discriminator(String column, String logical, String kind, ColumnType type, String definition) {
    }

    private Discriminator discriminatorOf(EntityInfo root) {
        AnnotationMirror column = a.jpa(root.type, "DiscriminatorColumn").orElse(null);
        boolean hasSubclasses = !context.entities.subclassesOf(root.type).isEmpty();
        boolean required = EntityInfo.SINGLE_TABLE.equals(root.strategy)
                ? hasSubclasses || column != null || a.hasJpa(root.type, "DiscriminatorValue")
                : EntityInfo.JOINED.equals(root.strategy) && column != null;
        if (!required) {
            return null;
        }
        String name = column != null && a.nonEmpty(column, "name") != null ? a.nonEmpty(column, "name") : "DTYPE";
        String kind = column == null ? "STRING" : a.enumName(column, "discriminatorType");
        String definition = column == null ? null : a.nonEmpty(column, "columnDefinition");
        ColumnType type = switch (kind) {
            case "CHAR" -> new ColumnType(TypeKind.CHAR, 1, null, null);
            case "INTEGER" -> ColumnType.of(TypeKind.INTEGER);
            default -> ColumnType.varchar(column == null ? 31 : a.integer(column, "length"));
        };
        if (definition != null) {
            type = ColumnType.of(TypeKind.OTHER);
        }
        return new Discriminator(context.naming.physicalName(name), name, kind, type, definition);
    }

    private String discriminatorValue(EntityInfo info) {
        return a.jpa(info.type, "DiscriminatorValue").map(v -> a.string(v, "value"))
                .orElse(info.entityName);
    }
}
