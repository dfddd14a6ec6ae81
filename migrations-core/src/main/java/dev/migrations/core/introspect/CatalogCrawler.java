package dev.migrations.core.introspect;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.ConfigUtility;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Crawls tables and their columns with SchemaCrawler, on the caller's one connection, in one thread, without
 * the plugin lookup (SchemaCrawler 17.9 has no current SQLite, PostgreSQL or MySQL plugins).
 *
 * <p>Only tables, columns and comments come from SchemaCrawler. Keys, indexes, foreign keys, checks and
 * sequences are read by each database's reader with data-dictionary SQL: SchemaCrawler's foreign-key retrieval
 * calls {@code getExportedKeys} per table, which sqlite-jdbc answers by scanning every table (1,000 tables took
 * 114 s instead of 2 s), its H2 foreign keys cost 3.4 s of a 4.5 s crawl, its SQLite indexes lose the sort
 * direction, and its H2 indexes include the ones H2 creates behind constraints.
 */
final class CatalogCrawler {

    /* JUL keeps loggers weakly: these fields hold the levels set here for as long as this class lives. */
    private static final Logger SCHEMACRAWLER_LOG = quiet("schemacrawler");
    private static final Logger FATEHI_LOG = quiet("us.fatehi");

    private CatalogCrawler() {
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    /**
     * The tables of the given schemas (every table when {@code schemas} is empty), with their columns.
     *
     * @param tableTypes the JDBC table types that hold data ({@code TABLE}, and {@code BASE TABLE} on H2)
     */
    static List<CrawledTable> crawl(Connection connection, Set<String> schemas, Collection<String> tableTypes) {
        SchemaInfoLevel level = SchemaInfoLevelBuilder.builder()
                .fromOptions(SchemaInfoLevelBuilder.detailed())
                .withTag("migrations-diff")
                .setRetrieveRoutines(false)
                .setRetrieveRoutineInformation(false)
                .setRetrieveRoutineParameters(false)
                .setRetrieveColumnDataTypes(false)
                .setRetrieveUserDefinedColumnDataTypes(false)
                .setRetrieveTriggerInformation(false)
                .setRetrieveViewInformation(false)
                .setRetrieveViewViewTableUsage(false)
                .setRetrieveTablePrivileges(false)
                .setRetrieveTableColumnPrivileges(false)
                .setRetrieveDatabaseUsers(false)
                .setRetrieveAdditionalDatabaseInfo(false)
                .setRetrieveAdditionalJdbcDriverInfo(false)
                .setRetrieveServerInfo(false)
                .setRetrieveSequenceInformation(false)
                .setRetrieveSynonymInformation(false)
                .setRetrieveTableDefinitionsInformation(false)
                .setRetrieveAdditionalTableAttributes(false)
                .setRetrieveAdditionalColumnAttributes(false)
                .setRetrieveAdditionalColumnMetadata(false)
                .setRetrievePrimaryKeys(false)
                .setRetrieveIndexes(false)
                .setRetrieveIndexInformation(false)
                .setRetrieveForeignKeys(false)
                .setRetrieveTableConstraints(false)
                .setRetrieveTableConstraintInformation(false)
                .setRetrieveTableConstraintDefinitions(false)
                .toOptions();
        LimitOptionsBuilder limits = LimitOptionsBuilder.builder().tableTypes(tableTypes);
        if (!schemas.isEmpty()) {
            limits.includeSchemas(schemaRule(schemas));
        }
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(limits.toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level).withMaxThreads(1)
                        .toOptions());
        SchemaRetrievalOptions retrieval = SchemaRetrievalOptionsBuilder.builder().fromConnnection(connection)
                .toOptions();
        DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
        Catalog catalog = SchemaCrawlerUtility.getCatalog(source, retrieval, options, ConfigUtility.newConfig());
        List<CrawledTable> tables = new ArrayList<>();
        for (Table table : catalog.getTables()) {
            List<CrawledTable.CrawledColumn> columns = new ArrayList<>();
            for (Column c : table.getColumns()) {
                columns.add(new CrawledTable.CrawledColumn(c.getName(), c.getColumnDataType().getName(),
                        c.getSize(), c.getDecimalDigits(), c.isNullable(), c.getDefaultValue(),
                        c.isAutoIncremented(), blankToNull(c.getRemarks())));
            }
            String schema = blankToNull(table.getSchema().getName());
            tables.add(new CrawledTable(schema, table.getName(), blankToNull(table.getRemarks()), columns));
        }
        return tables;
    }

    /**
     * Matches SchemaCrawler's full schema names ({@code CATALOG.SCHEMA}, quoted where needed) by their last
     * part, so that names with any case or characters select exactly the schemas asked for.
     */
    private static InclusionRule schemaRule(Set<String> schemas) {
        return (InclusionRule) fullName -> fullName != null && schemas.contains(lastPart(fullName));
    }

    static String lastPart(String fullName) {
        List<SqlToken> tokens = SqlTokenizer.tokenize(fullName);
        if (tokens.isEmpty()) {
            return fullName;
        }
        SqlToken last = tokens.get(tokens.size() - 1);
        return last.isIdentifier() || last.kind() == SqlToken.Kind.NUMBER ? last.text() : fullName;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
