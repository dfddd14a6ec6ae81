package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * What an entity declares about its whole table: comment and checks, {@code @Table(uniqueConstraints,
 * indexes)} and Hibernate's {@code @NaturalId}; and the {@code uniqueConstraints} and {@code indexes} of
 * {@code @JoinTable} and {@code @CollectionTable}.
 *
 * <p>The comment and checks go in with the entity's table ({@link EntityTables}). The rest names columns, which
 * are resolved against the columns the table holds: an entity table's constraints run in the last pass, after the
 * to-one and collection passes have added their join and order columns; a collection table's run as soon as
 * {@link CollectionTables} has filled it.
 */
final class TableConstraints {

    private final MappingContext context;
    private final Annotations a;
    private final Naming naming;

    TableConstraints(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
        this.naming = context.naming;
    }

    void commentAndChecks(EntityInfo info, TableBuilder table) {
        AnnotationMirror t = a.jpa(info.type, "Table").orElse(null);
        if (t != null && a.hasMember(t, "comment")) {
            table.comment(a.nonEmpty(t, "comment"));
        }
        a.find(info.type, Annotations.HIBERNATE + "Comment").ifPresent(c -> table.comment(a.nonEmpty(c, "value")));
        for (AnnotationMirror check : a.repeated(info.type, Annotations.HIBERNATE + "Check",
                Annotations.HIBERNATE + "Checks")) {
            table.addCheck(new CheckConstraint(a.nonEmpty(check, "name"),
                    new CheckCondition.Expression(a.string(check, "constraints")), info.qualifiedName()));
        }
        if (t != null && a.hasMember(t, "check")) {
            for (AnnotationMirror check : a.annotations(t, "check")) {
                table.addCheck(new CheckConstraint(a.nonEmpty(check, "name"),
                        new CheckCondition.Expression(a.string(check, "constraint")), info.qualifiedName()));
            }
        }
    }

    void tableLevel(EntityInfo info, TableBuilder table) {
        naturalId(info, table);
        AnnotationMirror t = a.jpa(info.type, "Table").orElse(null);
        if (t == null) {
            return;
        }
        declared(t, table, info.type, info.qualifiedName());
    }

    /**
     * The {@code uniqueConstraints} and {@code indexes} of a {@code @Table}, {@code @JoinTable} or
     * {@code @CollectionTable}, whose columns the table already holds.
     */
    void declared(AnnotationMirror t, TableBuilder table, Element blame, String origin) {
        for (AnnotationMirror u : a.annotations(t, "uniqueConstraints")) {
            List<String> cols = new ArrayList<>();
            for (String written : a.strings(u, "columnNames")) {
                cols.add(resolve(table, written.strip(), blame, u));
            }
            table.addUnique(new UniqueConstraint(a.nonEmpty(u, "name"), cols, origin));
        }
        for (AnnotationMirror i : a.annotations(t, "indexes")) {
            List<IndexColumn> cols = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (String part : a.string(i, "columnList").split(",")) {
                String[] words = part.strip().split("\\s+");
                if (words[0].isEmpty()) {
                    continue;
                }
                boolean descending = words.length > 1 && words[1].equalsIgnoreCase("desc");
                written.add(words[0]);
                cols.add(new IndexColumn(resolve(table, words[0], blame, i), descending));
            }
            if (cols.isEmpty()) {
                throw new MappingException(ErrorId.UNKNOWN_COLUMN, blame, i, "@Index has an empty columnList."
                        + " Write the columns, for example @Index(columnList = \"last_name, first_name\").");
            }
            String name = a.nonEmpty(i, "name") != null ? a.nonEmpty(i, "name")
                    : HibernateNames.indexName(table.name(), written);
            if (a.bool(i, "unique")) {
                table.addUnique(new UniqueConstraint(a.nonEmpty(i, "name"),
                        cols.stream().map(IndexColumn::name).toList(), origin));
            } else {
                table.addIndex(new Index(name, cols, false, origin));
            }
        }
    }

    /** Hibernate's {@code @NaturalId} attributes form one unique constraint, ordered by attribute name. */
    private void naturalId(EntityInfo info, TableBuilder table) {
        List<Attribute> natural = new ArrayList<>();
        TypeElement stop = info.parent == null ? null : info.parent.type;
        AttributeScanner scanner = context.scanner;
        for (TypeElement cls : context.entities.chain(info.type, stop)) {
            for (Attribute attr : scanner.declared(cls, (DeclaredType) info.type.asType(),
                    scanner.accessOf(cls, info.access))) {
                if (a.has(attr.member(), Annotations.HIBERNATE + "NaturalId")) {
                    natural.add(attr);
                }
            }
        }
        if (natural.isEmpty()) {
            return;
        }
        natural.sort(java.util.Comparator.comparing(Attribute::name));
        List<String> columns = new ArrayList<>();
        for (Attribute attr : natural) {
            Element m = attr.member();
            if (context.isToOne(m)) {
                AnnotationMirror association = a.jpa(m, "ManyToOne")
                        .or(() -> a.jpa(m, "OneToOne")).orElseThrow();
                Associations associations = context.associations;
                EntityInfo target = associations.targetEntity(attr, association, "targetEntity", attr.type());
                List<AnnotationMirror> joins = a.repeated(m, Annotations.JPA + "JoinColumn",
                        Annotations.JPA + "JoinColumns");
                associations.joinColumns(attr.name(), target, joins, context.builtTable(target), m)
                        .forEach(j -> columns.add(j.name()));
            } else {
                AnnotationMirror column = a.jpa(m, "Column").orElse(null);
                String logical = column != null && a.nonEmpty(column, "name") != null ? a.nonEmpty(column, "name")
                        : attr.name();
                columns.add(naming.physicalName(logical));
            }
        }
        table.addUnique(new UniqueConstraint(null, columns, info.qualifiedName()));
    }

    private String resolve(TableBuilder table, String written, Element blame, AnnotationMirror mirror) {
        String physical = table.resolveColumn(written, naming);
        if (physical == null) {
            throw new MappingException(ErrorId.UNKNOWN_COLUMN, blame, mirror, "\"" + written + "\" names no column"
                    + " of table " + table.name() + " (columns: " + table.columnNames() + "). Write the column"
                    + " name as mapped: @Column(name) where given, else the attribute name.");
        }
        return physical;
    }
}
