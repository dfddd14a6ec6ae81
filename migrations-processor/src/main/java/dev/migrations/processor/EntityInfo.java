package dev.migrations.processor;

import dev.migrations.model.Column;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What the processor knows about one entity class: its place in an inheritance hierarchy, its access, the
 * table that holds its own columns and its identifier columns.
 */
final class EntityInfo {

    static final String SINGLE_TABLE = "SINGLE_TABLE";
    static final String JOINED = "JOINED";
    static final String TABLE_PER_CLASS = "TABLE_PER_CLASS";

    final TypeElement type;
    final String entityName;
    final EntityInfo parent;
    final EntityInfo root;
    final String strategy;
    final String access;
    /** The physical schema and table that hold this entity's own columns; {@code null} table for none. */
    final String schema;
    final String tableName;
    List<Column> idColumns;
    boolean computingIds;

    EntityInfo(TypeElement type, String entityName, EntityInfo parent, String strategy, String access,
               String schema, String tableName) {
        this.type = type;
        this.entityName = entityName;
        this.parent = parent;
        this.root = parent == null ? this : parent.root;
        this.strategy = strategy;
        this.access = access;
        this.schema = schema;
        this.tableName = tableName;
    }

    boolean isRoot() {
        return parent == null;
    }

    boolean isAbstract() {
        return type.getModifiers().contains(Modifier.ABSTRACT);
    }

    /** Whether the entity has a table of its own (a single-table subclass shares its root's). */
    boolean ownsTable() {
        return tableName != null && (isRoot() || !SINGLE_TABLE.equals(strategy));
    }

    String tableKey() {
        return tableName == null ? null : TableBuilder.key(schema, tableName);
    }

    String qualifiedName() {
        return type.getQualifiedName().toString();
    }
}
