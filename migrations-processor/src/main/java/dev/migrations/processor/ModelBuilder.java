package dev.migrations.processor;

import dev.migrations.model.Schema;
import dev.migrations.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link Schema} Hibernate ORM would create for a set of entity classes. Small steps, each mapping one
 * kind of thing, share a {@link MappingContext}; they run in passes, because an association needs the tables of
 * its owner and target with their columns:
 *
 * <ol>
 *   <li>{@link EntityTables}, entity by entity: the table, its key ({@link Identifiers}), comment and checks,
 *       what the inheritance strategy adds ({@link Inheritance}), and the basic and embedded columns
 *       ({@link Attributes}, {@link BasicColumns}, {@link Embeddables});</li>
 *   <li>to-one associations ({@link Associations}): join columns may reference any column of the target's
 *       table, now complete;</li>
 *   <li>collections ({@link CollectionTables}, {@link CollectionKeys}): their tables' key columns reference the
 *       owner's and target's tables, and a {@code @OneToMany} may add a column to its target's table;</li>
 *   <li>table-level constraints ({@link TableConstraints}, and {@link Inheritance}'s single-table not-null
 *       checks): they name columns the earlier passes added;</li>
 *   <li>key ordering ({@link HibernateKeyOrder}), on the finished tables: a composite key's column order depends
 *       on its columns' types, and the foreign keys that reference it follow it.</li>
 * </ol>
 *
 * <p>A step that meets a mapping it cannot capture throws a {@link MappingException}; it is reported, and only
 * that entity, or that pass's piece of work, is left out.
 */
final class ModelBuilder {

    private final MappingContext context;

    ModelBuilder(Annotations a, Types types, Elements elements, Naming naming, Converters converters,
                 Consumer<MappingException> report, RenameHints renames) {
        this.context = new MappingContext(a, types, elements, naming, converters, report, renames);
    }

    /** The schema of these entities (sorted by name for a deterministic result). */
    Schema build(List<TypeElement> entityTypes) {
        context.entities.index(entityTypes);
        for (TypeElement type : entityTypes) {
            context.guarded(() -> context.entityTables.map(context.entities.info(type)));
        }
        context.runDeferred(MappingContext.Pass.TO_ONE_ASSOCIATIONS);
        context.runDeferred(MappingContext.Pass.COLLECTIONS);
        context.runDeferred(MappingContext.Pass.TABLE_CONSTRAINTS);
        List<Table> built = new ArrayList<>();
        context.tables.values().forEach(t -> built.add(t.build()));
        Map<String, List<String>> renamedFrom = new HashMap<>();
        built.forEach(t -> renamedFrom.put(TableBuilder.key(t.schema(), t.name()), t.renamedFrom()));
        return new Schema(HibernateKeyOrder.apply(built),
                context.generators.sequences(key -> renamedFrom.getOrDefault(key, List.of())),
                context.generators.tables());
    }
}
