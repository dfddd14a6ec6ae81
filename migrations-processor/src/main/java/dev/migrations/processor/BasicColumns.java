package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Maps a basic attribute to one column: its name ({@code @Column}, an {@code @AttributeOverride}, the naming
 * strategy), its type ({@link TypeMapper}), whether it accepts null, its default, comment, unique constraint and
 * checks (the type's, {@code @Column(check)}, Hibernate's {@code @Check}, Bean Validation's range). It serves an
 * entity's attributes, the parts of an embeddable and of an identifier, and the element and map key columns of a
 * collection table.
 */
final class BasicColumns {

    private final MappingContext context;
    private final Annotations a;

    BasicColumns(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
    }

    /** Adds one basic column. */
    void basic(Attribute attr, Placement placement, boolean isId) {
        Element m = attr.member();
        String path = placement.path() + attr.name();
        AnnotationMirror column = placement.overrides().containsKey(path) ? placement.overrides().get(path)
                : a.jpa(m, "Column").orElse(null);
        String logical = column != null && a.nonEmpty(column, "name") != null ? a.nonEmpty(column, "name")
                : attr.name();
        String physical = context.naming.physicalName(logical);
        TypeHints hints = TypeHints.of(a, m, column, false);
        if (!placement.validated()) {
            hints = hints.withoutValidation();
        }
        if (column != null && a.nonEmpty(column, "table") != null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, column, "@Column(table = \""
                    + a.nonEmpty(column, "table") + "\") puts the column in a secondary table, which is not"
                    + " supported. Remove table = ..., or map the secondary table as its own entity.");
        }
        String definition = column == null ? null : a.nonEmpty(column, "columnDefinition");
        if (definition == null && (a.has(m, Annotations.HIBERNATE + "Type")
                || a.has(m, Annotations.HIBERNATE + "JdbcType"))) {
            throw new MappingException(ErrorId.UNKNOWN_TYPE, m, "Attribute " + attr.name() + " uses a custom"
                    + " Hibernate @Type or @JdbcType whose column type only its code knows. Give the column type"
                    + " with @Column(columnDefinition = \"...\").");
        }
        TypeMapper.Mapped mapped = definition != null ? TypeMapper.Mapped.of(ColumnType.of(TypeKind.OTHER))
                : context.mapper.map(attr.type(), hints);
        boolean nullable = !isId && nullable(attr, column, placement, physical);
        boolean identity = isId && a.jpa(m, "GeneratedValue")
                .map(g -> "IDENTITY".equals(a.enumName(g, "strategy"))).orElse(false);
        String origin = placement.origin() + attr.name();
        String defaultValue = a.find(m, Annotations.HIBERNATE + "ColumnDefault").map(d -> a.string(d, "value"))
                .orElse(null);
        Column c = new Column(physical, mapped.type(), nullable, defaultValue, identity, comment(m, column),
                definition, origin, renamedFrom(m, placement.table(), physical));
        TableBuilder table = placement.table();
        table.addColumn(c, logical, m);
        if (column != null && a.bool(column, "unique") && !isId) {
            table.addUnique(new UniqueConstraint(null, List.of(physical), origin));
        }
        if (mapped.check() != null) {
            table.addCheck(new CheckConstraint(null, mapped.check().apply(physical), origin));
        }
        if (column != null && a.hasMember(column, "check")) {
            for (AnnotationMirror check : a.annotations(column, "check")) {
                table.addCheck(new CheckConstraint(a.nonEmpty(check, "name"),
                        new CheckCondition.Expression(a.string(check, "constraint")), origin));
            }
        }
        for (AnnotationMirror check : a.repeated(m, Annotations.HIBERNATE + "Check",
                Annotations.HIBERNATE + "Checks")) {
            table.addCheck(new CheckConstraint(a.nonEmpty(check, "name"),
                    new CheckCondition.Expression(a.string(check, "constraints")), origin));
        }
        CheckCondition range = placement.validated() ? validationRange(m, physical) : null;
        if (range != null) {
            table.addCheck(new CheckConstraint(null, range, origin));
        }
    }

    /**
     * The column's earlier names. A collection's own element and key columns take none: the hint on a collection
     * attribute would not say which of its table, element column or key column was renamed.
     */
    private List<String> renamedFrom(Element m, TableBuilder table, String physical) {
        boolean collection = a.hasJpa(m, "ElementCollection") || a.hasJpa(m, "OneToMany")
                || a.hasJpa(m, "ManyToMany");
        return collection ? List.of() : context.renames.forColumn(m, table, physical);
    }

    /** Adds a basic element or map-key column to a collection table. */
    void basicInto(Attribute attr, EntityInfo owner, TableBuilder table, String origin) {
        // the collection's constraints (@Size limits its size) say nothing about an element's column
        basic(attr, new Placement(owner, table, null, true, "", origin, Map.of(), Map.of(), null, false), false);
    }

    /** Bean Validation constraints that Hibernate turns into {@code not null}. */
    boolean validationNotNull(Element m) {
        return a.has(m, TypeHints.BV + "NotNull") || a.has(m, TypeHints.BV + "NotBlank")
                || a.has(m, TypeHints.BV + "NotEmpty");
    }

    /** Bean Validation's {@code @Min}/{@code @Max}, which Hibernate turns into a check. */
    private CheckCondition validationRange(Element m, String column) {
        Long min = a.find(m, TypeHints.BV + "Min").map(x -> a.longValue(x, "value")).orElse(null);
        Long max = a.find(m, TypeHints.BV + "Max").map(x -> a.longValue(x, "value")).orElse(null);
        // Hibernate Validator's @Range is composed of @Min and @Max
        AnnotationMirror range = a.find(m, "org.hibernate.validator.constraints.Range").orElse(null);
        if (range != null) {
            min = min != null ? Math.max(min, a.longValue(range, "min")) : a.longValue(range, "min");
            max = max != null ? Math.min(max, a.longValue(range, "max")) : a.longValue(range, "max");
        }
        return min == null && max == null ? null : new CheckCondition.Range(column, min, max);
    }

    private String comment(Element m, AnnotationMirror column) {
        if (column != null && a.hasMember(column, "comment") && a.nonEmpty(column, "comment") != null) {
            return a.nonEmpty(column, "comment");
        }
        return a.find(m, Annotations.HIBERNATE + "Comment").map(c -> a.nonEmpty(c, "value")).orElse(null);
    }

    /**
     * Whether a basic column accepts null. An explicit {@code @Column(nullable = false)} always makes it
     * {@code not null}; an implied one (a primitive without {@code @Column}, {@code @Basic(optional = false)},
     * {@code @Version}, Bean Validation) does too, except in a single-table subclass, where Hibernate 7 keeps the
     * column nullable and checks it for that subclass's rows instead.
     */
    private boolean nullable(Attribute attr, AnnotationMirror column, Placement placement, String physical) {
        Element m = attr.member();
        if (column != null && !a.bool(column, "nullable")) {
            return false;
        }
        boolean implied = (attr.type().getKind().isPrimitive() && column == null && !placement.inEmbeddable())
                || a.jpa(m, "Basic").map(b -> !a.bool(b, "optional")).orElse(false)
                || a.hasJpa(m, "Version");
        if (placement.impliedNotNull() != null) {
            if (implied) {
                placement.impliedNotNull().add(physical);
            }
            return true;
        }
        // Hibernate never makes a column inside an embeddable not null for Bean Validation
        return !implied && (placement.inEmbeddable() || !validationNotNull(m));
    }
}
