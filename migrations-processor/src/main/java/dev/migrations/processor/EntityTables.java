package dev.migrations.processor;

import dev.migrations.model.Column;
import dev.migrations.model.PrimaryKey;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Step 1, once per entity being built: the entity's table with its identifier columns and primary key
 * ({@link Identifiers}), the table's comment and checks ({@link TableConstraints}), what the inheritance
 * strategy adds ({@link Inheritance}), then the basic and embedded columns of the attributes the entity and its
 * mapped superclasses declare ({@link Attributes}).
 *
 * <p>What needs other tables to be complete is left for later passes: to-one join columns (they may reference
 * any column of the target's table), collections, and the table-level constraints and single-table not-null
 * checks, which name columns those passes add.
 */
final class EntityTables {

    private final MappingContext context;
    private final Annotations a;

    EntityTables(MappingContext context) {
        this.context = context;
        this.a = context.annotations;
    }

    void map(EntityInfo info) {
        rejectSecondaryTable(info);
        Identifiers identifiers = context.identifiers;
        List<Column> ids = identifiers.idColumns(info);
        boolean tablePerClass = EntityInfo.TABLE_PER_CLASS.equals(info.strategy);
        if (info.isRoot() || tablePerClass) {
            context.generators.register(info, identifiers.idAttribute(info.root));
        }
        if (tablePerClass && info.isAbstract()) {
            return;
        }
        TableBuilder table = context.table(info);
        if (info.ownsTable()) {
            for (Column id : ids) {
                table.addColumn(id, null, info.type);
            }
            table.primaryKey(new PrimaryKey(null, ids.stream().map(Column::name).toList()));
            table.renamedFrom(context.renames.forTable(info.type, table));
            context.tableConstraints.commentAndChecks(info, table);
            if (EntityInfo.JOINED.equals(info.strategy) && !info.isRoot()) {
                context.inheritance.parentForeignKey(info, table, ids);
            }
            context.defer(MappingContext.Pass.TABLE_CONSTRAINTS,
                    () -> context.tableConstraints.tableLevel(info, table));
        }
        if (info.isRoot()) {
            context.inheritance.discriminator(info, table);
        }
        boolean subclassOfSingleTable = !info.isRoot() && EntityInfo.SINGLE_TABLE.equals(info.strategy);
        List<String> impliedNotNull = subclassOfSingleTable ? new ArrayList<>() : null;
        if (subclassOfSingleTable) {
            context.defer(MappingContext.Pass.TABLE_CONSTRAINTS,
                    () -> context.inheritance.subclassNotNullCheck(info, table, impliedNotNull));
        }
        attributes(info, Placement.ofEntity(a, info, table, impliedNotNull));
    }

    private void rejectSecondaryTable(EntityInfo info) {
        a.jpa(info.type, "SecondaryTable").or(() -> a.jpa(info.type, "SecondaryTables"))
                .ifPresent(m -> {
                    throw new MappingException(ErrorId.UNSUPPORTED_MAPPING, info.type, m, "@SecondaryTable is not"
                            + " supported: the model would miss its table. Map the secondary table as its own"
                            + " entity with a @OneToOne @MapsId association to " + info.qualifiedName() + ".");
                });
    }

    /**
     * The attributes the entity maps in its own table: those of the entity and of its mapped superclasses, and,
     * with {@code TABLE_PER_CLASS}, those of its entity superclasses too. The identifier is in the table
     * already; a root's derived identifier (a to-one {@code @Id}) or an {@code @EmbeddedId} holding
     * associations still needs its foreign keys, left for the to-one pass.
     */
    private void attributes(EntityInfo info, Placement placement) {
        boolean tablePerClass = EntityInfo.TABLE_PER_CLASS.equals(info.strategy);
        TypeElement stop = tablePerClass ? null : (info.parent == null ? null : info.parent.type);
        AttributeScanner scanner = context.scanner;
        for (TypeElement cls : context.entities.chain(info.type, stop)) {
            String access = scanner.accessOf(cls, info.access);
            for (Attribute attr : scanner.declared(cls, (DeclaredType) info.type.asType(), access)) {
                if (a.has(attr.member(), Annotations.HIBERNATE + "Formula")) {
                    continue; // computed by a query, no column
                }
                if (context.identifiers.isIdAttribute(attr)) {
                    if (context.isToOne(attr.member()) && info.isRoot()) {
                        // the key columns are in place; this adds the foreign key of a derived identifier
                        Placement idPlacement = placement.declaredBy(attr);
                        context.defer(MappingContext.Pass.TO_ONE_ASSOCIATIONS,
                                () -> context.associations.toOne(attr, idPlacement, true));
                    } else if (a.hasJpa(attr.member(), "EmbeddedId") && info.isRoot()) {
                        Placement idPlacement = placement.declaredBy(attr);
                        context.defer(MappingContext.Pass.TO_ONE_ASSOCIATIONS,
                                () -> context.embeddables.embeddedIdForeignKeys(attr, idPlacement));
                    }
                    continue;
                }
                context.attributes.map(attr, placement.declaredBy(attr));
            }
        }
    }
}
