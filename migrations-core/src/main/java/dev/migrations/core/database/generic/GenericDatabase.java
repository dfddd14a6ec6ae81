package dev.migrations.core.database.generic;

import dev.migrations.core.database.Database;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.runner.DatabaseLock;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database that no package of its own knows (HSQLDB, Apache Derby, Oracle, SQL Server, …): read through
 * SchemaCrawler and the driver's metadata, written with standard SQL that refuses clearly what it cannot write,
 * locked with a row that a second connection holds, and run in transactions when the driver says its DDL is
 * transactional. {@link dev.migrations.core.database.Databases} hands it out for every JDBC URL and product name
 * that no package accepts. See {@code docs/databases/other-databases.md}.
 *
 * <pre>{@code
 * Database hsqldb = Databases.forUrl("jdbc:hsqldb:mem:app");   // a GenericDatabase named HSQLDB
 * try (Connection c = DriverManager.getConnection(url)) {
 *     boolean oneTransaction = hsqldb.transactionalDdl(c);      // false: HSQLDB commits each DDL statement
 * }
 * }</pre>
 */
public final class GenericDatabase implements Database {

    private final ProductTraits traits;
    private final DriverArtifact driver;

    /**
     * @param name   the database's name for messages: the product name its driver reports, or the name a URL gives
     * @param driver its driver's coordinates, or {@code null} when unknown
     */
    public GenericDatabase(String name, DriverArtifact driver) {
        this.traits = ProductTraits.of(name);
        this.driver = driver;
    }

    @Override
    public String name() {
        return traits.name();
    }

    /** Any JDBC URL: this database is what is left when no package accepts a URL. */
    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.strip().matches("(?i)jdbc:[^:]+:.*");
    }

    @Override
    public boolean acceptsProductName(String productName) {
        return true;
    }

    @Override
    public Optional<DriverArtifact> driver() {
        return Optional.ofNullable(driver);
    }

    @Override
    public Dialect dialect() {
        return new GenericDialect(traits);
    }

    @Override
    public DatabaseReader reader() {
        return new GenericReader(traits);
    }

    @Override
    public VersionTableSql versionTable(String table, String schema) {
        return new GenericVersionTableSql(table, schema);
    }

    @Override
    public DatabaseLock lock() {
        return new GenericLockRow();
    }

    /** Without a connection nothing is known: revisions would run statement by statement. */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * Asks the driver: DDL is transactional when the database supports DDL and DML in one transaction, and DDL
     * neither commits that transaction nor is ignored in it (Derby: yes; HSQLDB: no, each DDL statement commits).
     */
    @Override
    public boolean transactionalDdl(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return meta.supportsDataDefinitionAndDataManipulationTransactions()
                && !meta.dataDefinitionCausesTransactionCommit()
                && !meta.dataDefinitionIgnoredInTransactions();
    }

    /** Standard SQL's statement; where DDL is not transactional the offline script's brackets only group rows. */
    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }
}
