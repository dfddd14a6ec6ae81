package dev.migrations.processor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the mapping steps share while {@link ModelBuilder} builds the model: the compiler's utilities, the
 * annotation reader and the naming strategy; the entity index, the tables being built and the generators they
 * need; the work a step leaves for a later pass; and where a mapping error goes.
 *
 * <p>The steps are reached through it too. Mapping is recursive: an identifier may be a to-one association
 * whose join columns copy the target's identifier, an embeddable may hold any kind of attribute, and an element
 * collection may hold an embeddable. So a step asks the context for another step at the moment it needs one.
 * The steps are created last, when everything they read is in place; a step's constructor keeps the context
 * and the shared utilities only, since the step it will call may not exist yet.
 */
final class MappingContext {

    /** The passes that run once every entity has its table, in this order (see {@link ModelBuilder} for why). */
    enum Pass { TO_ONE_ASSOCIATIONS, COLLECTIONS, TABLE_CONSTRAINTS }

    final Annotations annotations;
    final Types types;
    final Elements elements;
    final Naming naming;
    final AttributeScanner scanner;
    final TypeMapper mapper;
    final IdGenerators generators;
    final EntityIndex entities;
    final RenameHints renames;
    /** The tables being built by {@link TableBuilder#key}, in the order they were first met. */
    final Map<String, TableBuilder> tables = new LinkedHashMap<>();

    final EntityTables entityTables;
    final Inheritance inheritance;
    final Identifiers identifiers;
    final Attributes attributes;
    final BasicColumns basicColumns;
    final Embeddables embeddables;
    final Associations associations;
    final CollectionTables collectionTables;
    final CollectionKeys collectionKeys;
    final TableConstraints tableConstraints;

    private final Consumer<MappingException> report;
    private final Map<Pass, List<Runnable>> deferred = new EnumMap<>(Pass.class);
    /** The pass whose work runs now; {@code null} while the entities' own tables are mapped. */
    private Pass running;

    MappingContext(Annotations annotations, Types types, Elements elements, Naming naming, Converters converters,
                   Consumer<MappingException> report, RenameHints renames) {
        this.annotations = annotations;
        this.types = types;
        this.elements = elements;
        this.naming = naming;
        this.report = report;
        this.scanner = new AttributeScanner(annotations, types);
        this.mapper = new TypeMapper(types, converters);
        this.generators = new IdGenerators(annotations, elements, naming);
        this.entities = new EntityIndex(annotations, elements, naming, scanner);
        this.renames = renames;
        for (Pass pass : Pass.values()) {
            deferred.put(pass, new ArrayList<>());
        }
        this.entityTables = new EntityTables(this);
        this.inheritance = new Inheritance(this);
        this.identifiers = new Identifiers(this);
        this.attributes = new Attributes(this);
        this.basicColumns = new BasicColumns(this);
        this.embeddables = new Embeddables(this);
        this.associations = new Associations(this);
        this.collectionTables = new CollectionTables(this);
        this.collectionKeys = new CollectionKeys(this);
        this.tableConstraints = new TableConstraints(this);
    }

    // ------------------------------------------------------------------ work and errors

    /** Runs a piece of mapping; a mapping error is reported and abandons that piece only. */
    void guarded(Runnable work) {
        try {
            work.run();
        } catch (MappingException e) {
            report.accept(e);
        }
    }

    /**
     * Leaves work for a later pass, guarded as {@link #guarded} does. Work for a pass that has already run (a
     * to-one association inside an embeddable that is the element of a collection, met in the collections pass)
     * runs at once: what that pass waited for is there.
     */
    void defer(Pass pass, Runnable work) {
        if (running != null && pass.ordinal() < running.ordinal()) {
            guarded(work);
            return;
        }
        deferred.get(pass).add(() -> guarded(work));
    }

    /** Runs a pass's work in the order it was left, including work the pass itself leaves for it. */
    void runDeferred(Pass pass) {
        running = pass;
        List<Runnable> work = deferred.get(pass);
        // an index loop: a collection of embeddables may leave more collections while the pass runs
        for (int i = 0; i < work.size(); i++) {
            work.get(i).run();
        }
    }

    // ------------------------------------------------------------------ tables

    /** The table of this schema and name, created (with this origin) on first use. */
    TableBuilder table(String schema, String name, String origin) {
        return tables.computeIfAbsent(TableBuilder.key(schema, name), k -> new TableBuilder(schema, name, origin));
    }

    /** The table that holds an entity's own columns (its root's, for a single-table subclass), created on first use. */
    TableBuilder table(EntityInfo entity) {
        EntityInfo owner = entity.ownsTable() ? entity : entity.root;
        return table(owner.schema, owner.tableName, owner.qualifiedName());
    }

    /**
     * The table being built that holds an entity's columns, or {@code null} when there is none: an entity
     * compiled elsewhere, or one whose table is not built yet.
     */
    TableBuilder builtTable(EntityInfo entity) {
        return entity.tableName == null ? null : tables.get(entity.tableKey());
    }

    // ------------------------------------------------------------------ what an attribute is

    static TypeElement typeElement(TypeMirror t) {
        return t instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
    }

    boolean isToOne(Element member) {
        return annotations.hasJpa(member, "ManyToOne") || annotations.hasJpa(member, "OneToOne");
    }

    boolean isEmbeddable(TypeMirror t) {
        TypeElement e = typeElement(t);
        return e != null && annotations.hasJpa(e, "Embeddable");
    }
}
