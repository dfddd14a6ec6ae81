package dev.migrations.processor;

import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * A table while the entities that map to it are read: columns are added by several entities and
 * associations, and a column added twice must agree with itself.
 */
final class TableBuilder {

    private final String schema;
    private final String name;
    private final String origin;
    private String comment;
    private List<String> renamedFrom = List.of();
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> logicalToPhysical = new HashMap<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();

    TableBuilder(String schema, String name, String origin) {
        this.schema = schema;
        this.name = name;
        this.origin = origin;
    }

    String schema() {
        return schema;
    }

    String name() {
        return name;
    }

    /** {@code schema.name} or {@code name}: the key tables are kept under. */
    static String key(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    /** The table's earlier names ({@code @RenamedFrom}), from the entity that owns the table. */
    void renamedFrom(List<String> names) {
        if (!names.isEmpty() && renamedFrom.isEmpty()) {
            renamedFrom = List.copyOf(names);
        }
    }

    void comment(String text) {
        if (text != null && comment == null) {
            comment = text;
        }
    }

    /**
     * Adds a column. A column of the same name already there must have the same type; the merged column is
     * nullable only if both are (one column mapped by two attributes, or by two entities of one table).
     */
    void addColumn(Column column, String logicalName, Element blame) {
        if (logicalName != null) {
            logicalToPhysical.putIfAbsent(logicalName, column.name());
        }
        Column existing = columns.get(column.name());
        if (existing == null) {
            columns.put(column.name(), column);
            return;
        }
        boolean sameDefinition = existing.type().equals(column.type())
                && java.util.Objects.equals(existing.columnDefinition(), column.columnDefinition());
        if (!sameDefinition) {
            throw new MappingException(ErrorId.COLUMN_CONFLICT, blame, "Column " + name + "." + column.name()
                    + " is mapped twice with different types: " + describe(existing) + " by " + existing.origin()
                    + " and " + describe(column) + " by " + column.origin() + ". Give one of them another name"
                    + " with @Column(name = \"...\") (or @AttributeOverride for an embeddable), or make both"
                    + " declarations agree.");
        }
        columns.put(column.name(), existing.withNullable(existing.nullable() && column.nullable())
                .withIdentity(existing.identity() || column.identity())
                .withRenamedFrom(existing.renamedFrom().isEmpty() ? column.renamedFrom() : existing.renamedFrom()));
    }

    private static String describe(Column c) {
        return c.columnDefinition() != null ? "'" + c.columnDefinition() + "'" : c.type().toString();
    }

    boolean hasColumn(String physical) {
        return columns.containsKey(physical);
    }

    Column column(String physical) {
        return columns.get(physical);
    }

    /** Makes an existing column not null (primary key members). */
    void requireNotNull(String physical) {
        Column c = columns.get(physical);
        if (c != null && c.nullable()) {
            columns.put(physical, c.withNullable(false));
        }
    }

    /**
     * The physical column a name in {@code @Index(columnList)} or {@code @UniqueConstraint(columnNames)} means:
     * a logical (attribute-derived or explicit) name first, then a physical one, ignoring case last.
     */
    String resolveColumn(String written, Naming naming) {
        String physical = logicalToPhysical.get(written);
        if (physical != null) {
            return physical;
        }
        if (columns.containsKey(naming.physicalName(written))) {
            return naming.physicalName(written);
        }
        for (String c : columns.keySet()) {
            if (c.toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    void primaryKey(PrimaryKey key) {
        if (primaryKey == null) {
            primaryKey = key;
            key.columns().forEach(this::requireNotNull);
        }
    }

    boolean hasPrimaryKey() {
        return primaryKey != null;
    }

    void addUnique(UniqueConstraint unique) {
        boolean same = uniques.stream().anyMatch(u -> u.columns().equals(unique.columns())
                && java.util.Objects.equals(u.name(), unique.name()));
        boolean coveredUnnamed = unique.name() == null
                && uniques.stream().anyMatch(u -> u.columns().equals(unique.columns()));
        if (!same && !coveredUnnamed) {
            uniques.removeIf(u -> u.name() == null && u.columns().equals(unique.columns()));
            uniques.add(unique);
        }
    }

    void addIndex(Index index) {
        if (indexes.stream().noneMatch(i -> i.name().equals(index.name()))) {
            indexes.add(index);
        }
    }

    void addForeignKey(ForeignKey key) {
        boolean same = foreignKeys.stream().anyMatch(f -> f.columns().equals(key.columns())
                && f.referencedTable().equals(key.referencedTable())
                && java.util.Objects.equals(f.referencedSchema(), key.referencedSchema()));
        if (!same) {
            foreignKeys.add(key);
        }
    }

    void addCheck(CheckConstraint check) {
        if (!checks.contains(check)) {
            checks.add(check);
        }
    }

    Table build() {
        List<Column> ordered = new ArrayList<>();
        if (primaryKey != null) {
            primaryKey.columns().forEach(c -> ordered.add(columns.get(c)));
        }
        columns.values().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return new Table(schema, name, comment, ordered, primaryKey, uniques, indexes, foreignKeys, checks, origin,
                renamedFrom);
    }
}
