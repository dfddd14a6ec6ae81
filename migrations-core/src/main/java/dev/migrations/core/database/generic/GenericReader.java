package dev.migrations.core.database.generic;

import dev.migrations.core.database.generic.CatalogQueries.CheckRow;
import dev.migrations.core.database.generic.CatalogQueries.Constraints;
import dev.migrations.core.database.generic.CatalogQueries.SequenceRow;
import dev.migrations.core.database.generic.CatalogQueries.UniqueRow;
import dev.migrations.core.introspect.CanonicalOrder;
import dev.migrations.core.introspect.CheckConditionParser;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.introspect.DefaultValues;
import dev.migrations.core.introspect.ReadRequest;
import dev.migrations.core.introspect.ReadType;
import dev.migrations.core.introspect.TableFilter;
import dev.migrations.model.CheckConstraint;
import dev.migrations.model.Column;
import dev.migrations.model.ForeignKey;
import dev.migrations.model.Index;
import dev.migrations.model.IndexColumn;
import dev.migrations.model.PrimaryKey;
import dev.migrations.model.ReferentialAction;
import dev.migrations.model.Schema;
import dev.migrations.model.Sequence;
import dev.migrations.model.Table;
import dev.migrations.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import schemacrawler.crawl.SchemaCrawler;
import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.IndexColumnSortSequence;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads a database without a reader of its own through SchemaCrawler: tables, columns (type, nullability, default,
 * identity), primary keys, foreign keys with their actions and indexes come from the driver's JDBC metadata;
 * unique constraints, the indexes that back constraints, checks and sequences from the catalogue SQL of
 * {@link CatalogQueries}. SchemaCrawler runs with no database plugin, on one thread, with routines, views,
 * triggers, privileges and data-type catalogues switched off.
 *
 * <ul>
 *   <li>Columns come from one metadata call per schema. Keys and indexes take one call per table: with a whole
 *       schema in one call HSQLDB and Derby answer nothing (their drivers refuse a missing table name, and
 *       SchemaCrawler then reports no keys at all). Per table is cheap on such databases; the databases where it
 *       is slow (SQLite, MariaDB) have readers of their own.
 *   <li>Indexes behind a primary key, unique constraint or foreign key are not reported: the model never names
 *       them. A unique constraint is a {@link UniqueConstraint}; a {@code create unique index} an {@link Index}.
 *   <li>Constraint names are kept as the database reports them, generated ones included, so a constraint the
 *       model no longer has can be dropped by name.
 *   <li>Types are read by their JDBC type code ({@link JdbcTypes}); defaults are brought to the normal form of
 *       {@link DefaultValues}; an identity column has no default.
 * </ul>
 *
 * <pre>{@code
 * Schema live = new GenericDatabase("HSQLDB", null).reader()
 *         .read(connection, new ReadRequest("PUBLIC", List.of(), TableFilter.all()));
 * }</pre>
 */
final class GenericReader implements DatabaseReader {

    /** Held so that java.util.logging keeps the levels set here: it references loggers weakly. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

    static {
        // SchemaCrawler reports its progress at INFO; only its warnings concern a user
        QUIET.forEach(logger -> {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        });
    }

    private final ProductTraits traits;

    GenericReader(ProductTraits traits) {
        this.traits = traits;
    }

    @Override
    public String currentSchema(Connection connection) {
        return GenericVersionTableSql.currentSchema(connection);
    }

    @Override
    public Schema read(Connection connection, ReadRequest asked) throws SQLException {
        ReadRequest request = resolveSchemaNames(connection, asked);
        List<String> schemas = new ArrayList<>();
        if (request.defaultSchema() != null) {
            schemas.add(request.defaultSchema());
        }
        schemas.addAll(request.otherSchemas());
        Catalog catalog = crawl(connection, schemas);
        Constraints constraints = CatalogQueries.forProduct(traits).read(connection, schemas);
        List<Table> tables = new ArrayList<>();
        for (schemacrawler.schema.Table table : catalog.getTables()) {
            if (request.filter().accepts(table.getName())) {
                tables.add(table(table, constraints, request));
            }
        }
        tables.sort(Comparator.comparing((Table t) -> t.schema() == null ? "" : t.schema()).thenComparing(Table::name));
        List<Sequence> sequences = new ArrayList<>();
        for (SequenceRow s : constraints.sequences()) {
            if (!TableFilter.isOwnTable(s.name())) {
                sequences.add(new Sequence(request.modelSchema(s.schema()), s.name(), s.start(), s.increment(), null));
            }
        }
        return new Schema(tables, sequences, List.of());
    }

    /** A crawl of the given schemas' base tables (every schema when the database has none). */
    static Catalog crawl(Connection connection, List<String> schemas) {
        SchemaInfoLevel level = SchemaInfoLevelBuilder.builder().withInfoLevel(InfoLevel.standard)
                .setRetrieveRoutines(false).setRetrieveRoutineInformation(false).setRetrieveRoutineParameters(false)
                .setRetrieveColumnDataTypes(false).setRetrieveUserDefinedColumnDataTypes(false)
                .setRetrieveTriggerInformation(false).setRetrieveViewInformation(false)
                .setRetrieveViewViewTableUsage(false).setRetrieveTablePrivileges(false)
                .setRetrieveTableColumnPrivileges(false).setRetrieveDatabaseUsers(false)
                .setRetrieveAdditionalColumnAttributes(false).setRetrieveAdditionalTableAttributes(false)
                .setRetrieveTableConstraints(false).setRetrieveSequenceInformation(false)
                .setRetrieveSynonymInformation(false).toOptions();
        LimitOptionsBuilder limits = LimitOptionsBuilder.builder().tableTypes("TABLE", "BASE TABLE");
        if (!schemas.isEmpty()) {
            Set<String> names = new HashSet<>(schemas);
            limits.includeSchemas((InclusionRule) fullName -> names.contains(lastPart(fullName)));
        }
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(limits.toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level).withMaxThreads(1).toOptions());
        SchemaRetrievalOptions retrieval = SchemaRetrievalOptionsBuilder.builder().fromConnnection(connection)
                .with(SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
                        MetadataRetrievalStrategy.metadata_over_schemas)
                .toOptions();
        // no database plugin is looked up: the crawler is built directly, as for any JDBC database
        return new SchemaCrawler(DatabaseConnectionSources.fromConnection(connection), retrieval, options).crawl();
    }

    /** The schema's own name from SchemaCrawler's full name ({@code PUBLIC.PUBLIC}, {@code "APP"}). */
    private static String lastPart(String fullName) {
        String name = fullName == null ? "" : fullName;
        int dot = name.lastIndexOf('.');
        String last = dot < 0 ? name : name.substring(dot + 1);
        return last.startsWith("\"") && last.endsWith("\"") && last.length() > 1
                ? last.substring(1, last.length() - 1) : last;
    }

    private Table table(schemacrawler.schema.Table table, Constraints constraints, ReadRequest request) {
        String schema = table.getSchema().getName();
        List<Column> columns = new ArrayList<>();
        for (schemacrawler.schema.Column c : table.getColumns()) {
            columns.add(column(c));
        }
        PrimaryKey primaryKey = null;
        Set<String> constraintNames = new HashSet<>();
        if (table.hasPrimaryKey()) {
            primaryKey = new PrimaryKey(table.getPrimaryKey().getName(), table.getPrimaryKey().getConstrainedColumns()
                    .stream().map(TableConstraintColumn::getName).toList());
            constraintNames.add(table.getPrimaryKey().getName());
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (schemacrawler.schema.ForeignKey fk : table.getImportedForeignKeys()) {
            foreignKeys.add(foreignKey(fk, request));
            constraintNames.add(fk.getName());
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        Set<String> backingIndexes = new HashSet<>();
        for (UniqueRow u : constraints.uniques()) {
            if (u.schema().equals(schema) && u.table().equals(table.getName())) {
                List<String> cols = u.columns().isEmpty() ? indexColumns(table.getIndexes(), u.backingIndex())
                        : u.columns();
                if (!cols.isEmpty()) {
                    uniques.add(new UniqueConstraint(u.name(), cols, null));
                }
                constraintNames.add(u.name());
                if (u.backingIndex() != null) {
                    backingIndexes.add(u.backingIndex());
                }
            }
        }
        List<Index> indexes = new ArrayList<>();
        for (schemacrawler.schema.Index index : table.getIndexes()) {
            if (!backsConstraint(index, schema, constraintNames, backingIndexes, primaryKey, constraints)) {
                indexes.add(index(index));
            }
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckRow c : constraints.checks()) {
            if (c.schema().equals(schema) && c.table().equals(table.getName())) {
                checks.add(new CheckConstraint(c.name(), CheckConditionParser.parse(c.clause()), null));
            }
        }
        return new Table(request.modelSchema(schema), table.getName(), null, columns, primaryKey,
                CanonicalOrder.uniques(uniques), CanonicalOrder.indexes(indexes),
                CanonicalOrder.foreignKeys(foreignKeys), checks, null);
    }

    private Column column(schemacrawler.schema.Column c) {
        ReadType type = JdbcTypes.read(c.getColumnDataType().getJavaSqlType().getVendorTypeNumber(),
                c.getColumnDataType().getName(), c.getSize(), c.getDecimalDigits());
        boolean identity = c.isAutoIncremented();
        String defaultValue = identity ? null : DefaultValues.normalize(c.getDefaultValue(), type.type().kind());
        return new Column(c.getName(), type.type(), c.isNullable(), defaultValue, identity, null,
                type.columnDefinition(), null);
    }

    private static ForeignKey foreignKey(schemacrawler.schema.ForeignKey fk, ReadRequest request) {
        List<ColumnReference> references = fk.getColumnReferences().stream()
                .sorted(Comparator.comparingInt(ColumnReference::getKeySequence)).toList();
        schemacrawler.schema.Table referenced = references.get(0).getPrimaryKeyColumn().getParent();
        return new ForeignKey(fk.getName(),
                references.stream().map(r -> r.getForeignKeyColumn().getName()).toList(),
                request.modelSchema(referenced.getSchema().getName()), referenced.getName(),
                references.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList(),
                action(fk.getDeleteRule().id()), action(fk.getUpdateRule().id()), null);
    }

    /** A JDBC {@code importedKey…} rule code as a referential action. */
    private static ReferentialAction action(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private Index index(schemacrawler.schema.Index index) {
        List<IndexColumn> columns = index.getColumns().stream()
                .sorted(Comparator.comparingInt(schemacrawler.schema.IndexColumn::getIndexOrdinalPosition))
                .map(c -> new IndexColumn(c.getName(), traits.descendingIndexes()
                        && c.getSortSequence() == IndexColumnSortSequence.descending))
                .toList();
        return new Index(index.getName(), columns, index.isUnique(), null);
    }

    private static List<String> indexColumns(Collection<schemacrawler.schema.Index> indexes, String name) {
        return indexes.stream().filter(i -> i.getName().equals(name)).findFirst()
                .map(i -> i.getColumns().stream()
                        .sorted(Comparator.comparingInt(schemacrawler.schema.IndexColumn::getIndexOrdinalPosition))
                        .map(schemacrawler.schema.IndexColumn::getName).toList())
                .orElse(List.of());
    }

    /**
     * Whether the database made this index for a constraint: the catalogue says so, it carries a constraint's name
     * (HSQLDB, H2, Oracle name such indexes after their constraint), or it is the unique index of the primary key's
     * columns.
     */
    private static boolean backsConstraint(schemacrawler.schema.Index index, String schema, Set<String> constraintNames,
                                           Set<String> backingIndexes, PrimaryKey primaryKey, Constraints constraints) {
        String name = index.getName();
        if (backingIndexes.contains(name) || constraintNames.contains(name)
                || constraints.backsConstraint(schema, name)) {
            return true;
        }
        List<String> columns = index.getColumns().stream().map(schemacrawler.schema.IndexColumn::getName).toList();
        return index.isUnique() && primaryKey != null && Objects.equals(Set.copyOf(columns),
                Set.copyOf(primaryKey.columns())) && columns.size() == primaryKey.columns().size();
    }

    /**
     * The request with each schema name spelled as the database stores it: {@code app} finds {@code APP}; an exact
     * match wins over one that differs only in case.
     */
    private static ReadRequest resolveSchemaNames(Connection connection, ReadRequest request) throws SQLException {
        List<String> existing = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                existing.add(rs.getString("TABLE_SCHEM"));
            }
        }
        List<String> others = new ArrayList<>();
        for (String other : request.otherSchemas()) {
            others.add(resolve(existing, other));
        }
        return new ReadRequest(resolve(existing, request.defaultSchema()), others, request.filter());
    }

    private static String resolve(List<String> existing, String name) {
        if (name == null || existing.contains(name)) {
            return name;
        }
        List<String> sameIgnoringCase = existing.stream().filter(e -> e.equalsIgnoreCase(name)).toList();
        return sameIgnoringCase.size() == 1 ? sameIgnoringCase.get(0) : name;
    }
}
