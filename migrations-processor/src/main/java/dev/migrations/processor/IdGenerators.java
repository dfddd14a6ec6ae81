package dev.migrations.processor;

import dev.migrations.model.GeneratorTable;
import dev.migrations.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * The sequences and generator tables that Hibernate 7's identifier generators need. Generators are looked up
 * where Hibernate 7 looks: on the identifier, its entity, the entity's superclasses and its package; a
 * generator named in {@code @GeneratedValue} but declared nowhere there becomes a sequence (or table) of that
 * name, as Hibernate does.
 *
 * <p>A sequence named after its entity's table ({@code <table>_SEQ}, the implicit one) follows the table when it is
 * renamed: its earlier names are the table's earlier names ({@code @RenamedFrom}) named the same way, so the diff
 * renames the sequence, keeping its current value, instead of starting a new one. A sequence named explicitly
 * keeps its name whatever the table is called.
 */
final class IdGenerators {

    private static final String SEQUENCE_GENERATOR = Annotations.JPA + "SequenceGenerator";
    private static final String TABLE_GENERATOR = Annotations.JPA + "TableGenerator";
    private static final String DEFAULT_TABLE = "hibernate_sequences";

    private final Annotations a;
    private final Elements elements;
    private final Naming naming;
    private final Map<String, Sequence> sequences = new TreeMap<>();
    private final Map<String, TableDraft> generatorTables = new TreeMap<>();
    /** The key of the table each implicit sequence is named after, by the sequence's key. */
    private final Map<String, String> namedAfterTable = new TreeMap<>();

    private record TableDraft(String schema, String name, String segmentColumn, String valueColumn,
                              Map<String, Long> segments, String origin) {
    }

    IdGenerators(Annotations a, Elements elements, Naming naming) {
        this.a = a;
        this.elements = elements;
        this.naming = naming;
    }

    void register(EntityInfo entity, Attribute id) {
        if (id == null) {
            return;
        }
        AnnotationMirror generated = a.jpa(id.member(), "GeneratedValue").orElse(null);
        if (generated == null) {
            return;
        }
        String strategy = a.enumName(generated, "strategy");
        String generatorName = a.nonEmpty(generated, "generator");
        if (strategy.equals("IDENTITY") || strategy.equals("UUID")
                || a.has(id.member(), "org.hibernate.annotations.UuidGenerator")) {
            return;
        }
        if (generatorName != null && hasGenericGenerator(entity, id, generatorName)) {
            return; // Hibernate's @GenericGenerator: custom code that needs no database object we know of
        }
        boolean numeric = isNumeric(id);
        AnnotationMirror found = find(entity, id, strategy, generatorName);
        String origin = id.origin();
        EntityInfo root = entity.root;
        if (found != null && isAnnotation(found, SEQUENCE_GENERATOR)) {
            String explicit = a.nonEmpty(found, "sequenceName") != null ? a.nonEmpty(found, "sequenceName")
                    : a.nonEmpty(found, "name");
            String key = addSequence(a.nonEmpty(found, "schema"), explicit != null ? explicit
                    : implicitSequence(root.tableName), a.integer(found, "initialValue"),
                    a.integer(found, "allocationSize"), origin);
            if (explicit == null && key != null) {
                namedAfterTable.put(key, root.tableKey());
            }
        } else if (found != null) {
            String table = a.nonEmpty(found, "table") != null ? a.nonEmpty(found, "table")
                    : a.nonEmpty(found, "name") != null ? a.nonEmpty(found, "name") : DEFAULT_TABLE;
            String segment = a.nonEmpty(found, "pkColumnValue") != null ? a.nonEmpty(found, "pkColumnValue")
                    : root.tableName;
            addTable(a.nonEmpty(found, "schema"), table, nonEmptyOr(found, "pkColumnName", "sequence_name"),
                    nonEmptyOr(found, "valueColumnName", "next_val"), segment, a.integer(found, "initialValue"),
                    origin);
        } else if (strategy.equals("TABLE")) {
            addTable(null, generatorName != null ? generatorName : DEFAULT_TABLE, "sequence_name", "next_val",
                    "default", 0, origin);
        } else if (numeric && generatorName != null) {
            addSequence(null, generatorName, 1, 50, origin);
        } else if (numeric) {
            String key = addSequence(null, implicitSequence(root.tableName), 1, 50, origin);
            if (key != null) {
                namedAfterTable.put(key, root.tableKey());
            }
        } else if (!isUuid(id) && generatorName == null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, id.member(), generated, "@GeneratedValue("
                    + strategy + ") cannot generate values of type " + id.type() + ". Use a numeric or"
                    + " java.util.UUID identifier, or assign identifiers yourself (remove @GeneratedValue).");
        }
    }

    private String nonEmptyOr(AnnotationMirror m, String member, String otherwise) {
        return a.nonEmpty(m, member) != null ? a.nonEmpty(m, member) : otherwise;
    }

    private static boolean isAnnotation(AnnotationMirror m, String qualifiedName) {
        return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    private AnnotationMirror find(EntityInfo entity, Attribute id, String strategy, String name) {
        for (Element scope : scopes(entity, id)) {
            List<AnnotationMirror> candidates = new ArrayList<>();
            if (!strategy.equals("TABLE") || name != null) {
                candidates.addAll(a.repeated(scope, SEQUENCE_GENERATOR, SEQUENCE_GENERATOR + "s"));
            }
            if (!strategy.equals("SEQUENCE") || name != null) {
                candidates.addAll(a.repeated(scope, TABLE_GENERATOR, TABLE_GENERATOR + "s"));
            }
            for (AnnotationMirror c : candidates) {
                if (name == null || name.equals(a.nonEmpty(c, "name"))) {
                    return c;
                }
            }
        }
        return null;
    }

    private boolean hasGenericGenerator(EntityInfo entity, Attribute id, String name) {
        for (Element scope : scopes(entity, id)) {
            for (AnnotationMirror g : a.repeated(scope, "org.hibernate.annotations.GenericGenerator",
                    "org.hibernate.annotations.GenericGenerators")) {
                if (name.equals(a.nonEmpty(g, "name"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Element> scopes(EntityInfo entity, Attribute id) {
        List<Element> scopes = new ArrayList<>();
        scopes.add(id.member());
        for (TypeElement t = entity.type; t != null; t = superclass(t)) {
            scopes.add(t);
        }
        scopes.add(elements.getPackageOf(entity.type));
        return scopes;
    }

    private static TypeElement superclass(TypeElement type) {
        return type.getSuperclass() instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
    }

    private static boolean isNumeric(Attribute id) {
        TypeKind k = id.type().getKind();
        if (k.isPrimitive()) {
            return k != TypeKind.BOOLEAN && k != TypeKind.CHAR;
        }
        String name = id.type().toString();
        return name.equals("java.lang.Long") || name.equals("java.lang.Integer") || name.equals("java.lang.Short")
                || name.equals("java.math.BigInteger") || name.equals("java.math.BigDecimal");
    }

    private static boolean isUuid(Attribute id) {
        return id.type().toString().equals("java.util.UUID");
    }

    /** Hibernate's implicit sequence of a table: {@code <physical table>_SEQ}, then the naming strategy's. */
    private static String implicitSequence(String physicalTable) {
        return physicalTable + "_SEQ";
    }

    /** Adds the sequence unless one of its name is there; its key when it was added, else {@code null}. */
    private String addSequence(String schema, String name, long start, int increment, String origin) {
        String physicalSchema = schema == null ? null : naming.physicalName(schema);
        String physical = naming.physicalName(name);
        String key = TableBuilder.key(physicalSchema, physical);
        return sequences.putIfAbsent(key, new Sequence(physicalSchema, physical, start, increment, origin)) == null
                ? key : null;
    }

    private void addTable(String schema, String name, String segmentColumn, String valueColumn, String segment,
                          long initial, String origin) {
        String physicalSchema = schema == null ? null : naming.physicalName(schema);
        String physical = naming.physicalName(name);
        TableDraft draft = generatorTables.computeIfAbsent(TableBuilder.key(physicalSchema, physical),
                k -> new TableDraft(physicalSchema, physical, naming.physicalName(segmentColumn),
                        naming.physicalName(valueColumn), new TreeMap<>(), origin));
        draft.segments().putIfAbsent(segment, initial);
    }

    /**
     * The sequences; one named after a table that has earlier names has, as its own earlier names, the implicit
     * sequence names of those (in the same order, without its current name).
     *
     * @param tableRenamedFrom the earlier names of a table, by its key (empty when it has none)
     */
    List<Sequence> sequences(Function<String, List<String>> tableRenamedFrom) {
        List<Sequence> out = new ArrayList<>();
        sequences.forEach((key, sequence) -> {
            String table = namedAfterTable.get(key);
            List<String> earlier = table == null ? List.of() : tableRenamedFrom.apply(table).stream()
                    .map(old -> naming.physicalName(implicitSequence(old)))
                    .filter(old -> !old.equals(sequence.name())).distinct().toList();
            out.add(earlier.isEmpty() ? sequence : sequence.withRenamedFrom(earlier));
        });
        return out;
    }

    List<GeneratorTable> tables() {
        List<GeneratorTable> out = new ArrayList<>();
        for (TableDraft d : generatorTables.values()) {
            List<GeneratorTable.Segment> segments = new ArrayList<>();
            d.segments().forEach((k, v) -> segments.add(new GeneratorTable.Segment(k, v)));
            out.add(new GeneratorTable(d.schema(), d.name(), d.segmentColumn(), 255, d.valueColumn(), segments,
                    d.origin()));
        }
        return out;
    }
}
