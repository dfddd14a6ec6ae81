package dev.migrations.processor;

import dev.migrations.model.CheckCondition;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link Schema} Hibernate ORM would create for a set of entity classes. The entities are read in
 * passes, because an association needs the identifier columns and tables of its target: tables with their
 * basic and embedded columns first, then to-one join columns, then collection tables, then table-level
 * constraints. A mapping that cannot be captured is reported for its entity, which is then left out.
 */
final class ModelBuilder {

    private static final String HIBERNATE = "org.hibernate.annotations.";
    private static final String VALID = "jakarta.validation.Valid";

    private final Annotations a;
    private final Types types;
    private final Elements elements;
    private final Naming naming;
    private final AttributeScanner scanner;
    private final TypeMapper mapper;
    private final Consumer<MappingException> report;
    private final IdGenerators generators;
    private final TableConstraints constraints;

    private final Map<TypeElement, EntityInfo> infos = new HashMap<>();
    private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
    private final List<Runnable> toOnes = new ArrayList<>();
    private final List<Runnable> collections = new ArrayList<>();
    private final List<Runnable> tableConstraints = new ArrayList<>();
    private Set<TypeElement> entities = Set.of();
    /** The embeddables being expanded right now, innermost last: one seen twice is a cycle. */
    private final Set<TypeElement> expanding = new LinkedHashSet<>();
    /** Each class's entity subclasses, direct or not, among the entities being built. */
    private final Map<TypeElement, List<TypeElement>> subclasses = new HashMap<>();

    ModelBuilder(Annotations a, Types types, Elements elements, Naming naming, Converters converters,
                 Consumer<MappingException> report) {
        this.a = a;
        this.types = types;
        this.elements = elements;
        this.naming = naming;
        this.scanner = new AttributeScanner(a, types);
        this.mapper = new TypeMapper(types, converters);
        this.report = report;
        this.generators = new IdGenerators(a, elements, naming);
        this.constraints = new TableConstraints(this);
    }

    /** The schema of these entities (sorted by name for a deterministic result). */
    Schema build(List<TypeElement> entityTypes) {
        this.entities = new HashSet<>(entityTypes);
        for (TypeElement type : entityTypes) {
            for (TypeElement t = superclass(type); t != null; t = superclass(t)) {
                subclasses.computeIfAbsent(t, k -> new ArrayList<>()).add(type);
            }
        }
        for (TypeElement type : entityTypes) {
            guarded(() -> readEntity(info(type)));
        }
        // index loops: a collection of embeddables may queue more collections while the pass runs
        for (int i = 0; i < toOnes.size(); i++) {
            toOnes.get(i).run();
        }
        for (int i = 0; i < collections.size(); i++) {
            collections.get(i).run();
        }
        for (int i = 0; i < tableConstraints.size(); i++) {
            tableConstraints.get(i).run();
        }
        List<Table> built = new ArrayList<>();
        tables.values().forEach(t -> built.add(t.build()));
        return new Schema(HibernateKeyOrder.apply(built), generators.sequences(), generators.tables());
    }

    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (MappingException e) {
            report.accept(e);
        }
    }

    // ------------------------------------------------------------------ entities and their tables

    EntityInfo info(TypeElement type) {
        EntityInfo known = infos.get(type);
        if (known != null) {
            return known;
        }
        AnnotationMirror entity = a.jpa(type, "Entity").orElseThrow(() -> new MappingException(
                ErrorId.NOT_AN_ENTITY, type, type.getQualifiedName() + " is not an @Entity."));
        if (type.getKind() != javax.lang.model.element.ElementKind.CLASS) {
            String kind = type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            throw new MappingException(ErrorId.ENTITY_NOT_A_CLASS, type, entity, type.getQualifiedName() + " is "
                    + ("interface".equals(kind) || "enum".equals(kind) ? "an " : "a ") + kind + "; JPA maps only"
                    + " classes as entities (a record's fields are final and it has no no-argument constructor)."
                    + " Make it a class, or use the " + kind + " as an @Embeddable or a query result instead.");
        }
        String entityName = a.nonEmpty(entity, "name") != null ? a.nonEmpty(entity, "name") : defaultEntityName(type);
        TypeElement parentType = entitySuperclass(type);
        EntityInfo parent = parentType == null ? null : info(parentType);
        TypeElement rootType = parent == null ? type : parent.root.type;
        String strategy = parent != null ? parent.strategy : a.jpa(type, "Inheritance")
                .map(m -> a.enumName(m, "strategy")).orElse(EntityInfo.SINGLE_TABLE);
        String access = parent != null ? parent.root.access : hierarchyAccess(rootType);
        String schema = null;
        String tableName;
        if (parent != null && EntityInfo.SINGLE_TABLE.equals(strategy)) {
            schema = parent.root.schema;
            tableName = parent.root.tableName;
        } else {
            AnnotationMirror table = a.jpa(type, "Table").orElse(null);
            String logical = table != null && a.nonEmpty(table, "name") != null ? a.nonEmpty(table, "name")
                    : entityName;
            tableName = naming.physicalName(logical);
            if (table != null && a.nonEmpty(table, "schema") != null) {
                schema = naming.physicalName(a.nonEmpty(table, "schema"));
            }
        }
        EntityInfo info = new EntityInfo(type, entityName, parent, strategy, access, schema, tableName);
        infos.put(type, info);
        return info;
    }

    /** The unqualified binary name, as Hibernate takes it: {@code Outer$Inner} for a nested class. */
    private String defaultEntityName(TypeElement type) {
        String binary = elements.getBinaryName(type).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    private TypeElement entitySuperclass(TypeElement type) {
        TypeElement t = superclass(type);
        while (t != null) {
            if (a.hasJpa(t, "Entity")) {
                return t;
            }
            t = superclass(t);
        }
        return null;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror s = type.getSuperclass();
        if (s.getKind() != javax.lang.model.type.TypeKind.DECLARED) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
        // only java.lang.Object has no superclass; comparing its name would decode it on every step
        return e.getSuperclass().getKind() == javax.lang.model.type.TypeKind.NONE ? null : e;
    }

    /** Explicit {@code @Access} on the root, else where the root's hierarchy places its {@code @Id}. */
    private String hierarchyAccess(TypeElement root) {
        String explicit = scanner.accessOf(root, null);
        if (explicit != null) {
            return explicit;
        }
        for (TypeElement t = root; t != null; t = superclass(t)) {
            String byId = scanner.accessByIdPlacement(t);
            if (byId != null) {
                return byId;
            }
        }
        return AttributeScanner.FIELD;
    }

    /** The mapped superclasses and the class itself, top-down, that lie below {@code stop} (exclusive). */
    List<TypeElement> chain(TypeElement type, TypeElement stop) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement t = type; t != null && !t.equals(stop); t = superclass(t)) {
            if (t.equals(type) || a.hasJpa(t, "MappedSuperclass") || a.hasJpa(t, "Entity")) {
                out.add(t);
            }
        }
        Collections.reverse(out);
        return out;
    }

    private TableBuilder table(EntityInfo info) {
        EntityInfo owner = info.ownsTable() ? info : info.root;
        return tables.computeIfAbsent(owner.tableKey(),
                k -> new TableBuilder(owner.schema, owner.tableName, owner.qualifiedName()));
    }

    TableBuilder tableOrNull(EntityInfo info) {
        return info.tableName == null ? null : tables.get(info.tableKey());
    }

    private void readEntity(EntityInfo info) {
        a.jpa(info.type, "SecondaryTable").or(() -> a.jpa(info.type, "SecondaryTables"))
                .ifPresent(m -> {
                    throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, info.type, m, "@SecondaryTable is not"
                            + " supported: the model would miss its table. Map the secondary table as its own"
                            + " entity with a @OneToOne @MapsId association to " + info.qualifiedName() + ".");
                });
        List<Column> ids = idColumns(info);
        if (info.isRoot() || EntityInfo.TABLE_PER_CLASS.equals(info.strategy)) {
            generators.register(info, idAttribute(info.root));
        }
        boolean tablePerClass = EntityInfo.TABLE_PER_CLASS.equals(info.strategy);
        if (tablePerClass && info.isAbstract()) {
            return;
        }
        TableBuilder table = table(info);
        if (info.ownsTable()) {
            for (Column id : ids) {
                table.addColumn(id, null, info.type);
            }
            table.primaryKey(new PrimaryKey(null, ids.stream().map(Column::name).toList()));
            constraints.commentAndChecks(info, table);
            if (EntityInfo.JOINED.equals(info.strategy) && !info.isRoot()) {
                List<Column> parentIds = idColumns(info.parent);
                AnnotationMirror fk = foreignKeyOf(a.repeated(info.type, Annotations.JPA + "PrimaryKeyJoinColumn",
                        Annotations.JPA + "PrimaryKeyJoinColumns"), a.jpa(info.type, "PrimaryKeyJoinColumns")
                        .orElse(null));
                if (fk == null || !"NO_CONSTRAINT".equals(a.enumName(fk, "value"))) {
                    table.addForeignKey(new ForeignKey(fk == null ? null : a.nonEmpty(fk, "name"),
                            ids.stream().map(Column::name).toList(), info.parent.schema, info.parent.tableName,
                            parentIds.stream().map(Column::name).toList(), null, null, info.qualifiedName()));
                }
            }
            tableConstraints.add(() -> guarded(() -> constraints.tableLevel(info, table)));
        }
        if (info.isRoot()) {
            discriminator(info, table);
        }
        boolean subclassOfSingleTable = !info.isRoot() && EntityInfo.SINGLE_TABLE.equals(info.strategy);
        TypeElement stop = tablePerClass ? null : (info.parent == null ? null : info.parent.type);
        Map<String, AnnotationMirror> overrides = new HashMap<>();
        Map<String, AnnotationMirror> associationOverrides = new HashMap<>();
        collectOverrides(info.type, "", overrides, associationOverrides);
        List<String> impliedNotNull = subclassOfSingleTable ? new ArrayList<>() : null;
        if (subclassOfSingleTable) {
            tableConstraints.add(() -> subclassNotNullCheck(info, table, impliedNotNull));
        }
        Context ctx = new Context(info, table, impliedNotNull, false, "", info.qualifiedName() + "#",
                overrides, associationOverrides, null, true);
        for (TypeElement cls : chain(info.type, stop)) {
            String access = scanner.accessOf(cls, info.access);
            for (Attribute attr : scanner.declared(cls, (DeclaredType) info.type.asType(), access)) {
                if (a.has(attr.member(), HIBERNATE + "Formula")) {
                    continue; // computed by a query, no column
                }
                if (isIdAttribute(attr)) {
                    if (isToOne(attr.member()) && info.isRoot()) {
                        // the key columns are in place; this adds the foreign key of a derived identifier
                        Context idCtx = ctx.withOrigin(attr.declaring().getQualifiedName() + "#");
                        toOnes.add(() -> guarded(() -> toOne(attr, idCtx, true)));
                    } else if (a.hasJpa(attr.member(), "EmbeddedId") && info.isRoot()) {
                        Context idCtx = ctx.withOrigin(attr.declaring().getQualifiedName() + "#");
                        toOnes.add(() -> guarded(() -> embeddedIdForeignKeys(attr, idCtx)));
                    }
                    continue;
                }
                attribute(attr, ctx.withOrigin(attr.declaring().getQualifiedName() + "#"));
            }
        }
    }

    private boolean isIdAttribute(Attribute attr) {
        return a.hasJpa(attr.member(), "Id") || a.hasJpa(attr.member(), "EmbeddedId")
                || a.hasJpa(attr.member(), "MapsId");
    }

    /** The discriminator column of a hierarchy that needs one, with the check of its known values. */
    private void discriminator(EntityInfo root, TableBuilder table) {
        Discriminator d = discriminatorOf(root);
        if (d == null) {
            return;
        }
        table.addColumn(new Column(d.column(), d.type(), false, null, false, null, d.definition(),
                root.qualifiedName()), d.logical(), root.type);
        {
            List<String> values = new ArrayList<>();
            List<TypeElement> hierarchy = new ArrayList<>(subclassesOf(root.type));
            if (entities.contains(root.type)) {
                hierarchy.add(root.type);
            }
            for (TypeElement e : hierarchy) {
                if (!e.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
                    values.add(discriminatorValue(info(e)));
                }
            }
            Collections.sort(values);
            if (!values.isEmpty()) {
                table.addCheck(new CheckConstraint(null, new CheckCondition.InValues(d.column(), values),
                        root.qualifiedName()));
            }
        }
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
        boolean hasSubclasses = !subclassesOf(root.type).isEmpty();
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
            case "CHAR" -> new ColumnType(dev.migrations.model.TypeKind.CHAR, 1, null, null);
            case "INTEGER" -> ColumnType.of(dev.migrations.model.TypeKind.INTEGER);
            default -> ColumnType.varchar(column == null ? 31 : a.integer(column, "length"));
        };
        if (definition != null) {
            type = ColumnType.of(dev.migrations.model.TypeKind.OTHER);
        }
        return new Discriminator(naming.physicalName(name), name, kind, type, definition);
    }

    private String discriminatorValue(EntityInfo info) {
        return a.jpa(info.type, "DiscriminatorValue").map(v -> a.string(v, "value"))
                .orElse(info.entityName);
    }

    /**
     * Hibernate 7 keeps a single-table subclass's implied {@code not null} columns nullable and checks them for
     * the subclass's rows: {@code DTYPE <> 'Sub' or (a is not null and b is not null)}.
     */
    private void subclassNotNullCheck(EntityInfo info, TableBuilder table, List<String> columns) {
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

    private List<TypeElement> subclassesOf(TypeElement type) {
        return subclasses.getOrDefault(type, List.of());
    }

    // ------------------------------------------------------------------ identifiers

    /** The attribute that carries {@code @Id}/{@code @EmbeddedId} in the root's hierarchy, or {@code null}. */
    private Attribute idAttribute(EntityInfo root) {
        for (TypeElement cls : chain(root.type, null)) {
            for (Attribute attr : scanner.declared(cls, (DeclaredType) root.type.asType(),
                    scanner.accessOf(cls, root.access))) {
                if (a.hasJpa(attr.member(), "Id") || a.hasJpa(attr.member(), "EmbeddedId")) {
                    return attr;
                }
            }
        }
        return null;
    }

    /** The primary key columns of the entity's table, in key order. */
    List<Column> idColumns(EntityInfo info) {
        if (info.idColumns != null) {
            return info.idColumns;
        }
        if (info.computingIds) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, info.type, "The identifier of "
                    + info.qualifiedName() + " depends on itself through @Id or @MapsId associations. Give the"
                    + " entity a basic @Id or an @EmbeddedId.");
        }
        info.computingIds = true;
        try {
            info.idColumns = List.copyOf(computeIdColumns(info));
            return info.idColumns;
        } finally {
            info.computingIds = false;
        }
    }

    private List<Column> computeIdColumns(EntityInfo info) {
        if (!info.isRoot()) {
            List<Column> parentIds = idColumns(info.parent);
            if (!EntityInfo.JOINED.equals(info.strategy)) {
                return parentIds;
            }
            List<AnnotationMirror> pkJoins = a.repeated(info.type, Annotations.JPA + "PrimaryKeyJoinColumn",
                    Annotations.JPA + "PrimaryKeyJoinColumns");
            List<Column> out = new ArrayList<>();
            for (int i = 0; i < parentIds.size(); i++) {
                Column parentId = parentIds.get(i);
                String name = parentId.name();
                for (int j = 0; j < pkJoins.size(); j++) {
                    AnnotationMirror pk = pkJoins.get(j);
                    String ref = a.nonEmpty(pk, "referencedColumnName");
                    if ((ref != null && naming.physicalName(ref).equals(parentId.name())) || (ref == null && j == i)) {
                        if (a.nonEmpty(pk, "name") != null) {
                            name = naming.physicalName(a.nonEmpty(pk, "name"));
                        }
                    }
                }
                out.add(new Column(name, parentId.type(), false, null, false, null, parentId.columnDefinition(),
                        info.qualifiedName()));
            }
            return out;
        }
        TableBuilder scratch = new TableBuilder(null, info.tableName, null);
        Map<String, AnnotationMirror> overrides = new HashMap<>();
        Map<String, AnnotationMirror> associationOverrides = new HashMap<>();
        collectOverrides(info.type, "", overrides, associationOverrides);
        Context ctx = new Context(info, scratch, null, false, "", info.qualifiedName() + "#", overrides,
                associationOverrides, null, true);
        Attribute mapsId = null;
        boolean found = false;
        List<Attribute> candidates = new ArrayList<>();
        for (TypeElement cls : chain(info.type, null)) {
            candidates.addAll(scanner.declared(cls, (DeclaredType) info.type.asType(),
                    scanner.accessOf(cls, info.access)));
        }
        candidates.removeIf(attr -> !isIdAttribute(attr));
        // Hibernate orders the attributes of a composite identifier by name
        candidates.sort(java.util.Comparator.comparing(Attribute::name));
        // @MapsId("part"): the association's join columns stand in for that part of the @EmbeddedId
        Map<String, Attribute> derivedParts = new LinkedHashMap<>();
        for (Attribute attr : candidates) {
            a.jpa(attr.member(), "MapsId").map(maps -> a.nonEmpty(maps, "value"))
                    .ifPresent(part -> derivedParts.put(part, attr));
        }
        {
            for (Attribute attr : candidates) {
                Element m = attr.member();
                Context attrCtx = ctx.withOrigin(attr.declaring().getQualifiedName() + "#");
                if (a.hasJpa(m, "MapsId")) {
                    if (!derivedParts.containsValue(attr)) {
                        mapsId = attr;
                    }
                } else if (a.hasJpa(m, "EmbeddedId")) {
                    found = true;
                    if (derivedParts.isEmpty()) {
                        embedded(attr, attrCtx, true);
                    } else {
                        embeddedIdWithDerivedParts(attr, attrCtx, derivedParts, ctx);
                    }
                } else if (a.hasJpa(m, "Id")) {
                    found = true;
                    if (isToOne(m)) {
                        toOne(attr, attrCtx, true);
                    } else {
                        basic(attr, attrCtx, true);
                    }
                }
            }
        }
        if (!derivedParts.isEmpty() && !found) {
            Attribute first = derivedParts.values().iterator().next();
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, first.member(), "@MapsId(\""
                    + derivedParts.keySet().iterator().next() + "\") names a part of an @EmbeddedId, but "
                    + info.qualifiedName() + " has none. Add the @EmbeddedId, or write @MapsId without a value.");
        }
        if (mapsId != null) {
            scratch = new TableBuilder(null, info.tableName, null);
            toOne(mapsId, ctx.withTable(scratch).withOrigin(mapsId.declaring().getQualifiedName() + "#"), true);
            found = true;
        }
        if (!found) {
            throw new MappingException(ErrorId.MISSING_ID, info.type, "Entity " + info.qualifiedName()
                    + " has no identifier. Annotate a field (or getter) with @Id or @EmbeddedId, here or in a"
                    + " @MappedSuperclass it extends.");
        }
        List<Column> out = new ArrayList<>();
        for (String name : scratch.columnNames()) {
            out.add(scratch.column(name).withNullable(false));
        }
        return out;
    }

    // ------------------------------------------------------------------ attributes

    /**
     * Where an attribute's columns go.
     *
     * @param entity        the entity being read
     * @param table         the table receiving the columns
     * @param impliedNotNull in a single-table subclass, collects the columns that would be {@code not null}
     *                      by implication (primitives, {@code optional = false}); else {@code null}
     * @param inEmbeddable  inside an embeddable: primitives stay nullable
     * @param path          the attribute path prefix ({@code address.}) for overrides
     * @param origin        the origin prefix ({@code com.acme.User#})
     * @param overrides     {@code @AttributeOverride} columns by attribute path
     * @param associationOverrides {@code @AssociationOverride}s by attribute path
     * @param access        the access of the embeddable being read, or {@code null} for the entity's
     */
    private record Context(EntityInfo entity, TableBuilder table, List<String> impliedNotNull, boolean inEmbeddable,
                           String path, String origin, Map<String, AnnotationMirror> overrides,
                           Map<String, AnnotationMirror> associationOverrides, String access, boolean validated) {
        Context withOrigin(String newOrigin) {
            return new Context(entity, table, impliedNotNull, inEmbeddable, path, newOrigin, overrides,
                    associationOverrides, access, validated);
        }

        Context withTable(TableBuilder newTable) {
            return new Context(entity, newTable, impliedNotNull, inEmbeddable, path, origin, overrides,
                    associationOverrides, access, validated);
        }
    }

    private void collectOverrides(Element element, String path, Map<String, AnnotationMirror> overrides,
                                  Map<String, AnnotationMirror> associationOverrides) {
        for (AnnotationMirror o : a.repeated(element, Annotations.JPA + "AttributeOverride",
                Annotations.JPA + "AttributeOverrides")) {
            overrides.putIfAbsent(path + a.string(o, "name"), a.annotation(o, "column"));
        }
        for (AnnotationMirror o : a.repeated(element, Annotations.JPA + "AssociationOverride",
                Annotations.JPA + "AssociationOverrides")) {
            associationOverrides.putIfAbsent(path + a.string(o, "name"), o);
        }
    }

    boolean isToOne(Element m) {
        return a.hasJpa(m, "ManyToOne") || a.hasJpa(m, "OneToOne");
    }

    private void attribute(Attribute attr, Context ctx) {
        Element m = attr.member();
        if (isToOne(m)) {
            toOnes.add(() -> guarded(() -> toOne(attr, ctx, false)));
        } else if (a.hasJpa(m, "OneToMany") || a.hasJpa(m, "ManyToMany")
                || a.hasJpa(m, "ElementCollection")) {
            collections.add(() -> guarded(() -> new CollectionMapper(this, attr, ctx.entity(), ctx.table(),
                    ctx.path(), ctx.origin()).map()));
        } else if (a.hasJpa(m, "Embedded") || isEmbeddable(attr.type())) {
            embedded(attr, ctx, false);
        } else {
            TypeElement target = typeElement(attr.type());
            if (target != null && a.hasJpa(target, "Entity")) {
                throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, "Attribute " + attr.name()
                        + " refers to entity " + target.getQualifiedName() + " without an association"
                        + " annotation. Add @ManyToOne or @OneToOne (or @Transient to leave it out).");
            }
            basic(attr, ctx, false);
        }
    }

    static TypeElement typeElement(TypeMirror t) {
        return t instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
    }

    boolean isEmbeddable(TypeMirror t) {
        TypeElement e = typeElement(t);
        return e != null && a.hasJpa(e, "Embeddable");
    }

    /** Adds the columns of an embedded attribute (or embedded id); returns nothing, the table holds them. */
    void embedded(Attribute attr, Context ctx, boolean isId) {
        TypeElement embeddable = typeElement(attr.type());
        if (embeddable == null || !a.hasJpa(embeddable, "Embeddable")) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, attr.member(), "The type of " + attr.name()
                    + " (" + attr.type() + ") is not an @Embeddable. Annotate " + attr.type()
                    + " with @Embeddable, or map the attribute as a basic column.");
        }
        enterEmbeddable(embeddable, attr);
        try {
            embeddedColumns(embeddable, attr, ctx, isId);
        } finally {
            expanding.remove(embeddable);
        }
    }

    /** Marks an embeddable as being expanded; one that already is would be expanded forever. */
    private void enterEmbeddable(TypeElement embeddable, Attribute attr) {
        if (!expanding.add(embeddable)) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, attr.member(), "Attribute " + attr.name()
                    + " embeds " + embeddable.getQualifiedName() + " inside itself, which would need infinitely"
                    + " many columns (Hibernate rejects it too). Make it an @ElementCollection, an association to"
                    + " an entity, or leave it out with @Transient.");
        }
    }

    private void embeddedColumns(TypeElement embeddable, Attribute attr, Context ctx, boolean isId) {
        Context inner = embeddableContext(embeddable, attr, ctx);
        for (Attribute nested : embeddableAttributes(embeddable, attr, inner.access(), isId)) {
            if (isId && isToOne(nested.member())) {
                // a key-part association: its join columns are part of the key
                toOne(nested, inner, true);
            } else if (isId) {
                basic(nested, inner, true);
            } else {
                attribute(nested, inner);
            }
        }
    }

    /**
     * Adds the key columns of an {@code @EmbeddedId} some of whose parts are mapped by {@code @MapsId("part")}
     * associations: each such part becomes the association's join columns, in the part's place.
     */
    private void embeddedIdWithDerivedParts(Attribute attr, Context ctx, Map<String, Attribute> derivedParts,
                                            Context entityCtx) {
        TypeElement embeddable = typeElement(attr.type());
        if (embeddable == null || !a.hasJpa(embeddable, "Embeddable")) {
            embedded(attr, ctx, true);
            return;
        }
        Context inner = embeddableContext(embeddable, attr, ctx);
        Set<String> seen = new HashSet<>();
        enterEmbeddable(embeddable, attr);
        try {
            for (Attribute nested : embeddableAttributes(embeddable, attr, inner.access(), true)) {
                Attribute derived = derivedParts.get(nested.name());
                if (derived != null) {
                    seen.add(nested.name());
                    toOne(derived, entityCtx.withOrigin(derived.declaring().getQualifiedName() + "#"), true);
                } else if (isToOne(nested.member())) {
                    toOne(nested, inner, true);
                } else {
                    basic(nested, inner, true);
                }
            }
        } finally {
            expanding.remove(embeddable);
        }
        for (Map.Entry<String, Attribute> part : derivedParts.entrySet()) {
            if (!seen.contains(part.getKey())) {
                throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, part.getValue().member(), "@MapsId(\""
                        + part.getKey() + "\") names no attribute of " + embeddable.getQualifiedName()
                        + ". Name the attribute of the @EmbeddedId that the association stands for.");
            }
        }
    }

    /** Adds the foreign keys of the associations inside an {@code @EmbeddedId} to the entity's table. */
    private void embeddedIdForeignKeys(Attribute attr, Context ctx) {
        TypeElement embeddable = typeElement(attr.type());
        Context inner = embeddableContext(embeddable, attr, ctx);
        for (Attribute nested : embeddableAttributes(embeddable, attr, inner.access(), true)) {
            if (isToOne(nested.member())) {
                toOne(nested, inner, true);
            }
        }
    }

    private List<Attribute> embeddableAttributes(TypeElement embeddable, Attribute attr, String access,
                                                 boolean isId) {
        List<Attribute> nestedAttributes = new ArrayList<>();
        for (TypeElement cls : embeddableChain(embeddable)) {
            nestedAttributes.addAll(scanner.declared(cls, (DeclaredType) attr.type(), scanner.accessOf(cls, access)));
        }
        if (isId) {
            // Hibernate orders the attributes of a composite identifier by name
            nestedAttributes.sort(java.util.Comparator.comparing(Attribute::name));
        }
        return nestedAttributes;
    }

    private Context embeddableContext(TypeElement embeddable, Attribute attr, Context ctx) {
        String path = ctx.path() + attr.name() + ".";
        Map<String, AnnotationMirror> overrides = new HashMap<>(ctx.overrides());
        Map<String, AnnotationMirror> associationOverrides = new HashMap<>(ctx.associationOverrides());
        collectOverrides(attr.member(), path, overrides, associationOverrides);
        // a record's state is its components, whatever the owner's access
        String inherited = embeddable.getKind() == javax.lang.model.element.ElementKind.RECORD
                ? AttributeScanner.FIELD : ctx.access() != null ? ctx.access() : ctx.entity().access;
        String access = scanner.accessOf(embeddable, inherited);
        // Bean Validation reaches into an embeddable only through @Valid
        boolean validated = ctx.validated() && a.has(attr.member(), VALID);
        return new Context(ctx.entity(), ctx.table(), ctx.impliedNotNull(), true, path,
                ctx.origin() + attr.name() + ".", overrides, associationOverrides, access, validated);
    }

    private List<TypeElement> embeddableChain(TypeElement embeddable) {
        List<TypeElement> out = new ArrayList<>();
        for (TypeElement t = embeddable; t != null; t = superclass(t)) {
            if (t.equals(embeddable) || a.hasJpa(t, "MappedSuperclass")
                    || a.hasJpa(t, "Embeddable")) {
                out.add(t);
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** Adds one basic column. */
    void basic(Attribute attr, Context ctx, boolean isId) {
        Element m = attr.member();
        String path = ctx.path() + attr.name();
        AnnotationMirror column = ctx.overrides().containsKey(path) ? ctx.overrides().get(path)
                : a.jpa(m, "Column").orElse(null);
        String logical = column != null && a.nonEmpty(column, "name") != null ? a.nonEmpty(column, "name")
                : attr.name();
        String physical = naming.physicalName(logical);
        TypeHints hints = TypeHints.of(a, m, column, false);
        if (!ctx.validated()) {
            hints = hints.withoutValidation();
        }
        if (column != null && a.nonEmpty(column, "table") != null) {
            throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, m, column, "@Column(table = \""
                    + a.nonEmpty(column, "table") + "\") puts the column in a secondary table, which is not"
                    + " supported. Remove table = ..., or map the secondary table as its own entity.");
        }
        String definition = column == null ? null : a.nonEmpty(column, "columnDefinition");
        if (definition == null && (a.has(m, HIBERNATE + "Type") || a.has(m, HIBERNATE + "JdbcType"))) {
            throw new MappingException(ErrorId.UNKNOWN_TYPE, m, "Attribute " + attr.name() + " uses a custom"
                    + " Hibernate @Type or @JdbcType whose column type only its code knows. Give the column type"
                    + " with @Column(columnDefinition = \"...\").");
        }
        TypeMapper.Mapped mapped = definition != null ? TypeMapper.Mapped.of(ColumnType.of(
                dev.migrations.model.TypeKind.OTHER)) : mapper.map(attr.type(), hints);
        boolean nullable = !isId && nullable(attr, column, ctx, physical);
        boolean identity = isId && a.jpa(m, "GeneratedValue")
                .map(g -> "IDENTITY".equals(a.enumName(g, "strategy"))).orElse(false);
        String origin = ctx.origin() + attr.name();
        String defaultValue = a.find(m, HIBERNATE + "ColumnDefault").map(d -> a.string(d, "value"))
                .orElse(null);
        Column c = new Column(physical, mapped.type(), nullable, defaultValue, identity, comment(m, column),
                definition, origin);
        TableBuilder table = ctx.table();
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
        for (AnnotationMirror check : a.repeated(m, HIBERNATE + "Check", HIBERNATE + "Checks")) {
            table.addCheck(new CheckConstraint(a.nonEmpty(check, "name"),
                    new CheckCondition.Expression(a.string(check, "constraints")), origin));
        }
        CheckCondition range = ctx.validated() ? validationRange(m, physical) : null;
        if (range != null) {
            table.addCheck(new CheckConstraint(null, range, origin));
        }
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
        return a.find(m, HIBERNATE + "Comment").map(c -> a.nonEmpty(c, "value")).orElse(null);
    }

    /**
     * Whether a basic column accepts null. An explicit {@code @Column(nullable = false)} always makes it
     * {@code not null}; an implied one (a primitive without {@code @Column}, {@code @Basic(optional = false)},
     * {@code @Version}, Bean Validation) does too, except in a single-table subclass, where Hibernate 7 keeps the
     * column nullable and checks it for that subclass's rows instead.
     */
    private boolean nullable(Attribute attr, AnnotationMirror column, Context ctx, String physical) {
        Element m = attr.member();
        if (column != null && !a.bool(column, "nullable")) {
            return false;
        }
        boolean implied = (attr.type().getKind().isPrimitive() && column == null && !ctx.inEmbeddable())
                || a.jpa(m, "Basic").map(b -> !a.bool(b, "optional")).orElse(false)
                || a.hasJpa(m, "Version");
        if (ctx.impliedNotNull() != null) {
            if (implied) {
                ctx.impliedNotNull().add(physical);
            }
            return true;
        }
        // Hibernate never makes a column inside an embeddable not null for Bean Validation
        return !implied && (ctx.inEmbeddable() || !validationNotNull(m));
    }

    /** Bean Validation constraints that Hibernate turns into {@code not null}. */
    boolean validationNotNull(Element m) {
        return a.has(m, TypeHints.BV + "NotNull") || a.has(m, TypeHints.BV + "NotBlank")
                || a.has(m, TypeHints.BV + "NotEmpty");
    }

    // ------------------------------------------------------------------ to-one associations

    EntityInfo targetEntity(Attribute attr, AnnotationMirror association, String member, TypeMirror declared) {
        TypeElement target = association == null ? null : a.typeElement(association, member);
        if (target == null) {
            target = typeElement(declared);
        }
        if (target == null || !a.hasJpa(target, "Entity")) {
            throw new MappingException(ErrorId.NOT_AN_ENTITY, attr.member(), association, "The target of "
                    + attr.name() + " (" + (target == null ? declared : target.getQualifiedName())
                    + ") is not an @Entity. Annotate it with @Entity, map the attribute as @Embedded or"
                    + " @ElementCollection, or leave it out with @Transient.");
        }
        return info(target);
    }

    private void toOne(Attribute attr, Context ctx, boolean isId) {
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
        AnnotationMirror override = ctx.associationOverrides().get(ctx.path() + attr.name());
        Element joinHost = m;
        List<AnnotationMirror> joins = override != null ? a.annotations(override, "joinColumns")
                : a.repeated(joinHost, Annotations.JPA + "JoinColumn", Annotations.JPA + "JoinColumns");
        boolean implied = !a.bool(association, "optional")
                || ctx.impliedNotNull() == null && !ctx.inEmbeddable() && validationNotNull(m);
        boolean mapsId = a.hasJpa(m, "MapsId");
        List<JoinColumn> columns = joinColumns(attr.name(), target, joins, tableOrNull(target), m);
        List<String> names = new ArrayList<>();
        for (JoinColumn jc : columns) {
            boolean nullable = !isId && !mapsId && jc.nullable() && (!implied || ctx.impliedNotNull() != null);
            if (implied && nullable && jc.nullable()) {
                ctx.impliedNotNull().add(jc.name());
            }
            ctx.table().addColumn(jc.column(nullable, ctx.origin() + attr.name()), null, m);
            names.add(jc.name());
            if (jc.unique()) {
                ctx.table().addUnique(new UniqueConstraint(null, List.of(jc.name()), ctx.origin() + attr.name()));
            }
        }
        if (oneToOne && !mapsId && !isId) {
            ctx.table().addUnique(new UniqueConstraint(null, names, ctx.origin() + attr.name()));
        }
        AnnotationMirror fk = foreignKeyOf(joins, a.jpa(m, "JoinColumns").orElse(null));
        if (override != null && a.hasMember(override, "foreignKey")) {
            fk = a.annotation(override, "foreignKey");
        }
        addForeignKey(ctx.table(), names, target, columns, fk, onDelete(m), ctx.origin() + attr.name());
    }

    /**
     * A join column and the column it references.
     *
     * @param name       the physical name
     * @param referenced the referenced column of the target table
     * @param nullable   {@code @JoinColumn(nullable)}
     * @param unique     {@code @JoinColumn(unique)}
     * @param definition {@code @JoinColumn(columnDefinition)}, or {@code null}
     */
    record JoinColumn(String name, Column referenced, boolean nullable, boolean unique, String definition) {

        /** The join column as a table column: the referenced type, or its own {@code columnDefinition}. */
        Column column(boolean columnNullable, String origin) {
            if (definition != null) {
                return new Column(name, ColumnType.of(dev.migrations.model.TypeKind.OTHER), columnNullable, null,
                        false, null, definition, origin);
            }
            return new Column(name, referenced.type(), columnNullable, null, false, null,
                    referenced.columnDefinition(), origin);
        }
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
        List<Column> ids = idColumns(target);
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

    ReferentialAction onDelete(Element m) {
        return a.find(m, HIBERNATE + "OnDelete").map(o -> {
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

    // ------------------------------------------------------------------ table-level constraints

    // ------------------------------------------------------------------ for CollectionMapper

    TableConstraints constraints() {
        return constraints;
    }

    Annotations annotations() {
        return a;
    }

    Naming naming() {
        return naming;
    }

    Types types() {
        return types;
    }

    TypeMapper mapper() {
        return mapper;
    }

    AttributeScanner scanner() {
        return scanner;
    }

    Map<String, TableBuilder> tables() {
        return tables;
    }

    TableBuilder tableFor(EntityInfo info) {
        return tableOrNull(info.ownsTable() || info.tableName == null ? info : info.root);
    }

    /** Adds an embeddable's columns to a collection table, as the element of an element collection. */
    void embeddedInto(Attribute attr, EntityInfo owner, TableBuilder table, String origin) {
        Map<String, AnnotationMirror> overrides = new HashMap<>();
        Map<String, AnnotationMirror> associationOverrides = new HashMap<>();
        for (AnnotationMirror o : a.repeated(attr.member(), Annotations.JPA + "AttributeOverride",
                Annotations.JPA + "AttributeOverrides")) {
            String name = a.string(o, "name");
            overrides.putIfAbsent(name.startsWith("value.") ? name.substring(6) : name, a.annotation(o, "column"));
        }
        TypeElement embeddable = typeElement(attr.type());
        String access = scanner.accessOf(embeddable, owner.access);
        Context inner = new Context(owner, table, null, true, "", origin + ".", overrides, associationOverrides,
                access, a.has(attr.member(), VALID));
        enterEmbeddable(embeddable, attr);
        try {
            for (TypeElement cls : embeddableChain(embeddable)) {
                for (Attribute nested : scanner.declared(cls, (DeclaredType) attr.type(),
                        scanner.accessOf(cls, access))) {
                    if (isToOne(nested.member())) {
                        toOne(nested, inner, false);
                    } else if (a.hasJpa(nested.member(), "ElementCollection") || a.hasJpa(nested.member(),
                            "OneToMany") || a.hasJpa(nested.member(), "ManyToMany")) {
                        // JPA forbids it, and an embeddable holding a collection of itself would never end
                        throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, nested.member(), "Attribute "
                                + nested.name() + " is a collection inside " + embeddable.getQualifiedName()
                                + ", which is itself the element of the collection " + attr.name() + "; JPA"
                                + " does not allow collections there. Map the element as an entity with"
                                + " @OneToMany instead, or leave the attribute out with @Transient.");
                    } else {
                        attribute(nested, inner);
                    }
                }
            }
        } finally {
            expanding.remove(embeddable);
        }
    }

    /** Adds a basic element or map-key column to a collection table. */
    void basicInto(Attribute attr, EntityInfo owner, TableBuilder table, String origin) {
        // the collection's constraints (@Size limits its size) say nothing about an element's column
        basic(attr, new Context(owner, table, null, true, "", origin, Map.of(), Map.of(), null, false), false);
    }

    Map<TypeElement, EntityInfo> infos() {
        return infos;
    }

    Elements elements() {
        return elements;
    }
}
