package dev.migrations.oracle;

import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ColumnType;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.GeneratorTable;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.TypeKind;
import dev.migrations.model.UniqueConstraint;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The schema Hibernate ORM itself derives from a compiled domain, converted into our model types. No database
 * is involved: Hibernate builds its boot metadata with a fixed dialect and JDBC metadata access turned off.
 *
 * <pre>{@code
 * Schema hibernate = HibernateSchema.of(domain, OracleDialect.POSTGRESQL, Naming.SNAKE_CASE);
 * }</pre>
 *
 * <p>Bean Validation constraints reach the DDL the way they do in an application: Hibernate's own
 * {@code TypeSafeActivator} applies them to the boot model (an application does so while building its
 * session factory, which needs no more than the metadata built here).
 */
public final class HibernateSchema {

    private static final Pattern INSERT_VALUES = Pattern.compile("values\\s*\\('((?:[^']|'')*)'\\s*,\\s*(-?\\d+)\\)");

    private final Metadata metadata;
    private final OracleDialect dialect;
    private final SqlStringGenerationContext sqlContext;
    /**
     * The {@code columnDefinition}s, read before anything asks Hibernate for a resolved type: Hibernate caches a
     * resolved type in the same field, and table-per-class tables share their inherited column objects.
     */
    private final Map<org.hibernate.mapping.Column, String> definitions = new java.util.IdentityHashMap<>();

    private HibernateSchema(Metadata metadata, OracleDialect dialect, SqlStringGenerationContext sqlContext) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.sqlContext = sqlContext;
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                for (org.hibernate.mapping.Column c : table.getColumns()) {
                    if (c.getSqlType() != null) {
                        definitions.put(c, c.getSqlType());
                    }
                }
            }
        }
    }

    /** Builds Hibernate's metadata for the domain's entity classes and converts its relational model. */
    public static Schema of(CompiledDomain domain, OracleDialect dialect, Naming naming) {
        return withMetadata(domain, dialect, naming, HibernateSchema::convert);
    }

    /**
     * The {@code create table} statements Hibernate's schema export would run, one per table: what the
     * converted schema is checked against when a difference needs explaining.
     */
    public static List<String> createTableStatements(CompiledDomain domain, OracleDialect dialect, Naming naming) {
        return withMetadata(domain, dialect, naming, h -> {
            var exporter = h.metadata.getDatabase().getDialect().getTableExporter();
            List<String> statements = new ArrayList<>();
            for (Namespace namespace : h.metadata.getDatabase().getNamespaces()) {
                for (org.hibernate.mapping.Table table : namespace.getTables()) {
                    if (table.isPhysicalTable() && !table.isView()) {
                        statements.addAll(List.of(exporter.getSqlCreateStrings(table, h.metadata, h.sqlContext)));
                    }
                }
            }
            return statements;
        });
    }

    private static <T> T withMetadata(CompiledDomain domain, OracleDialect dialect, Naming naming,
                                      java.util.function.Function<HibernateSchema, T> work) {
        StandardServiceRegistry registry = registry(domain.classLoader(), dialect);
        try {
            MetadataSources sources = new MetadataSources(registry);
            domain.entityClasses().forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder()
                    .applyImplicitNamingStrategy(naming.implicitStrategy())
                    .applyPhysicalNamingStrategy(naming.physicalStrategy())
                    .build();
            applyBeanValidation(metadata, registry);
            SqlStringGenerationContext context = SqlStringGenerationContextImpl.forTests(
                    registry.requireService(JdbcServices.class).getJdbcEnvironment());
            return work.apply(new HibernateSchema(metadata, dialect, context));
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static StandardServiceRegistry registry(ClassLoader loader, OracleDialect dialect) {
        var bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        return new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.dialect", dialect.hibernateDialect().getName())
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("jakarta.persistence.validation.mode", "none")
                .build();
    }

    private static void applyBeanValidation(Metadata metadata, StandardServiceRegistry registry) {
        try (ValidatorFactory validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            // the class is package-private; its public static method is what the session factory calls
            Method apply = Class.forName("org.hibernate.boot.beanvalidation.TypeSafeActivator")
                    .getMethod("applyRelationalConstraints", ValidatorFactory.class, java.util.Collection.class,
                            Map.class, Dialect.class, ClassLoaderAccess.class);
            apply.setAccessible(true);
            apply.invoke(null, validation, metadata.getEntityBindings(),
                    registry.requireService(ConfigurationService.class).getSettings(),
                    registry.requireService(JdbcServices.class).getDialect(),
                    new ClassLoaderAccessImpl(registry.requireService(ClassLoaderService.class)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot apply Bean Validation constraints the way Hibernate does", e);
        }
    }

    private Schema convert() {
        Set<org.hibernate.mapping.Table> mapped = new HashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            mapped.add(entity.getTable());
            entity.getJoins().forEach(join -> mapped.add(join.getTable()));
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            mapped.add(collection.getCollectionTable());
        }
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<GeneratorTable> generatorTables = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (!table.isPhysicalTable() || table.isView()) {
                    continue;
                }
                if (mapped.contains(table)) {
                    tables.add(table(table));
                } else {
                    generatorTables.add(generatorTable(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence s : namespace.getSequences()) {
                var schema = s.getName().getSchemaName();
                sequences.add(new Sequence(schema == null ? null : schema.getText(),
                        s.getName().getSequenceName().getText(), s.getInitialValue(), s.getIncrementSize(), null));
            }
        }
        return new Schema(tables, sequences, generatorTables);
    }

    private Table table(org.hibernate.mapping.Table table) {
        List<String> pkColumns = table.getPrimaryKey() == null ? List.of()
                : exportedKeyOrder(table).stream().map(org.hibernate.mapping.Column::getName).toList();
        List<Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (org.hibernate.mapping.Column c : table.getColumns()) {
            SqlTypeText.Parsed parsed = type(table, c);
            boolean nullable = c.isNullable() && !pkColumns.contains(c.getName());
            columns.add(new Column(c.getName(), parsed.type(), nullable, c.getDefaultValue(), c.isIdentity(),
                    c.getComment(), definitions.get(c), origin(table)));
            if (parsed.check() != null) {
                checks.add(new CheckConstraint(null, parsed.check(), null));
            }
            for (org.hibernate.mapping.CheckConstraint check : c.getCheckConstraints()) {
                checks.add(new CheckConstraint(check.getName(), CheckText.parse(check.getConstraint()), null));
            }
            if (c.isUnique() && !pkColumns.contains(c.getName())) {
                uniques.add(new UniqueConstraint(c.getUniqueKeyName(), List.of(c.getName()), null));
            }
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            checks.add(new CheckConstraint(check.getName(), CheckText.parse(check.getConstraint()), null));
        }
        for (org.hibernate.mapping.UniqueKey key : table.getUniqueKeys().values()) {
            uniques.add(new UniqueConstraint(key.getName(),
                    key.getColumns().stream().map(org.hibernate.mapping.Column::getName).toList(), null));
        }
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<IndexColumn> indexColumns = new ArrayList<>();
            Map<Selectable, String> order = index.getSelectableOrderMap();
            for (Selectable s : index.getSelectables()) {
                String direction = order.get(s);
                indexColumns.add(new IndexColumn(s.getText(), direction != null
                        && direction.strip().equalsIgnoreCase("desc")));
            }
            indexes.add(new Index(index.getName(), indexColumns, index.isUnique(), null));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (fk.isCreationEnabled() && fk.isPhysicalConstraint()) {
                foreignKeys.add(foreignKey(fk));
            }
        }
        PrimaryKey primaryKey = pkColumns.isEmpty() ? null : new PrimaryKey(table.getPrimaryKey().getName(),
                pkColumns);
        return new Table(table.getSchema(), table.getName(), table.getComment(), columns, primaryKey, uniques,
                indexes, foreignKeys, checks, origin(table));
    }

    private SqlTypeText.Parsed type(org.hibernate.mapping.Table table, org.hibernate.mapping.Column c) {
        if (definitions.containsKey(c)) {
            // a columnDefinition: Hibernate uses the text verbatim, so its logical kind is unknown
            return new SqlTypeText.Parsed(ColumnType.of(TypeKind.OTHER), null);
        }
        String text = c.getSqlType(metadata);
        try {
            Long length = c.getColumnSize(metadata.getDatabase().getDialect(), metadata).getLength();
            if (length == null) {
                // a native enum type has no length; the column keeps the one every other dialect renders
                length = c.getLength() == null ? (long) org.hibernate.engine.jdbc.Size.DEFAULT_LENGTH : c.getLength();
            }
            return SqlTypeText.parse(dialect, text, c.getSqlTypeCode(metadata), length, c.getName());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(table.getName() + "." + c.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The primary key's columns in the order Hibernate's schema export writes them: a key of several columns is
     * ordered by Hibernate's standard column-ordering strategy when the session factory starts, after the boot
     * metadata read here is built.
     */
    private List<org.hibernate.mapping.Column> exportedKeyOrder(org.hibernate.mapping.Table table) {
        var pk = table.getPrimaryKey();
        if (pk.getColumns().size() < 2) {
            return pk.getColumns();
        }
        var ordered = org.hibernate.boot.model.relational.ColumnOrderingStrategyStandard.INSTANCE
                .orderConstraintColumns(pk, metadata);
        return ordered == null ? pk.getColumns() : ordered;
    }

    private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey fk) {
        org.hibernate.mapping.Table target = fk.getReferencedTable();
        List<org.hibernate.mapping.Column> targetColumns = fk.isReferenceToPrimaryKey()
                ? exportedKeyOrder(target) : fk.getReferencedColumns();
        List<org.hibernate.mapping.Column> columns = fk.getColumns();
        if (fk.isReferenceToPrimaryKey() && columns.size() == targetColumns.size()) {
            // the foreign key's columns follow the key's new order
            List<org.hibernate.mapping.Column> declared = target.getPrimaryKey().getColumns();
            List<org.hibernate.mapping.Column> followed = new ArrayList<>();
            for (org.hibernate.mapping.Column keyColumn : targetColumns) {
                followed.add(columns.get(declared.indexOf(keyColumn)));
            }
            columns = followed;
        }
        return new ForeignKey(fk.getName(),
                columns.stream().map(org.hibernate.mapping.Column::getName).toList(),
                target.getSchema(), target.getName(),
                targetColumns.stream().map(org.hibernate.mapping.Column::getName).toList(),
                onDelete(fk.getOnDeleteAction()), ReferentialAction.NO_ACTION, null);
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private GeneratorTable generatorTable(org.hibernate.mapping.Table table) {
        if (table.getPrimaryKey() == null || table.getPrimaryKey().getColumnSpan() != 1
                || table.getColumnSpan() != 2) {
            throw new IllegalStateException("table " + table.getName()
                    + " is mapped by no entity or collection and is not a generator table");
        }
        org.hibernate.mapping.Column segment = table.getPrimaryKey().getColumn(0);
        org.hibernate.mapping.Column value = table.getColumns().stream()
                .filter(c -> !c.getName().equals(segment.getName())).findFirst().orElseThrow();
        Map<String, GeneratorTable.Segment> segments = new LinkedHashMap<>();
        for (InitCommand command : table.getInitCommands(sqlContext)) {
            for (String statement : command.initCommands()) {
                Matcher m = INSERT_VALUES.matcher(statement);
                if (m.find()) {
                    String key = m.group(1).replace("''", "'");
                    segments.put(key, new GeneratorTable.Segment(key, Long.parseLong(m.group(2))));
                }
            }
        }
        return new GeneratorTable(table.getSchema(), table.getName(), segment.getName(),
                segment.getLength() == null ? 255 : Math.toIntExact(segment.getLength()), value.getName(),
                segments.values().stream().sorted(java.util.Comparator.comparing(GeneratorTable.Segment::value))
                        .toList(), null);
    }

    private static String origin(org.hibernate.mapping.Table table) {
        return "hibernate:" + table.getName();
    }
}
