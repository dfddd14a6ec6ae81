package dev.migrations.core.database;

import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.script.Statement;
import dev.migrations.core.script.StatementSplitter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Everything the tool knows about one kind of database, in one place: how to recognise it, its dialect, its
 * catalogue reader, its version-table SQL, its lock and how its revisions are bracketed in transactions. Each
 * database is one package ({@code database.sqlite}, {@code database.h2}, …) with one implementation of this
 * interface, registered in {@link Databases}.
 *
 * <pre>{@code
 * Database database = Databases.forUrl("jdbc:sqlite:app.db");
 * Dialect dialect = database.dialect();
 * try (Connection c = DriverManager.getConnection(url)) {
 *     Database same = Databases.forConnection(c);   // by DatabaseMetaData.getDatabaseProductName()
 * }
 * }</pre>
 */
public interface Database {

    /** The name users know it by, for messages: {@code SQLite}, {@code PostgreSQL}. */
    String name();

    /** Whether a JDBC URL points at this database. */
    boolean acceptsUrl(String jdbcUrl);

    /** Whether {@code DatabaseMetaData.getDatabaseProductName()} names this database. */
    boolean acceptsProductName(String productName);

    /** The Maven coordinates of its JDBC driver, if known. */
    Optional<DriverArtifact> driver();

    /** Its SQL dialect: types, quoting, DDL and its reverse. */
    Dialect dialect();

    /** Its catalogue reader. */
    DatabaseReader reader();

    /**
     * The version table's SQL.
     *
     * @param table  a plain identifier
     * @param schema a plain identifier, or {@code null} for the connection's current schema
     */
    VersionTableSql versionTable(String table, String schema);

    /** The lock that keeps two processes from migrating this database at once. */
    DatabaseLock lock();

    /** How revision scripts are split into statements. */
    default StatementSplitter splitter() {
        return StatementSplitter.standard();
    }

    /** The statement that opens a transaction in an offline script. */
    default String beginTransaction() {
        return "BEGIN";
    }

    /** The statement that commits it. */
    default String commitTransaction() {
        return "COMMIT";
    }

    /**
     * Whether DDL runs inside a transaction that a failure rolls back. Where it does not, revisions run statement
     * by statement and a failure reports what ran.
     */
    default boolean transactionalDdl() {
        return dialect().supportsTransactionalDdl();
    }

    /**
     * Whether DDL runs inside a transaction on the database behind {@code connection}; the runner asks this, so a
     * database known only by its driver can answer from the driver's metadata. By default {@link #transactionalDdl()}.
     *
     * @throws SQLException when the driver cannot answer
     */
    default boolean transactionalDdl(Connection connection) throws SQLException {
        return transactionalDdl();
    }

    /**
     * How many of a revision's first and last statements must run outside its transaction because the database
     * ignores them inside one; none by default.
     */
    default Bracket outsideTransaction(List<Statement> statements) {
        return Bracket.NONE;
    }

    /**
     * Whether the session holds table locks once {@code statement} has run, given whether it held them before. A
     * session holding MySQL's and MariaDB's {@code LOCK TABLES} may touch only the tables it locked, so a revision
     * that runs statement by statement cannot count its rows in the progress mark meanwhile. No other database has
     * such locks: false by default.
     *
     * <pre>{@code
     * // true on MariaDB and MySQL, false elsewhere
     * boolean held = database.holdsTableLocksAfter(new Statement("LOCK TABLES book WRITE", 3), false);
     * }</pre>
     */
    default boolean holdsTableLocksAfter(Statement statement, boolean before) {
        return false;
    }

    /**
     * The statement that releases the table locks of {@link #holdsTableLocksAfter}, harmless where none are held,
     * run when a revision that runs statement by statement fails, so that its progress mark can be removed; empty
     * where there are no such locks.
     */
    default Optional<String> releaseTableLocks() {
        return Optional.empty();
    }

    /**
     * Whether {@code jdbcUrl} names a database that does not exist yet and that connecting would create (a SQLite
     * file): read-only commands then treat it as empty instead of creating it.
     */
    default boolean isMissing(String jdbcUrl) {
        return false;
    }

    /**
     * The statement that creates {@code schema} (a plain identifier) when it does not exist, run before the version
     * table is created in it; empty where the tool does not create schemas (SQLite attaches databases instead).
     */
    default Optional<String> createSchema(String schema) {
        return Optional.empty();
    }

    /**
     * The statement that makes {@code schema} (a plain identifier) the connection's current schema, so that the
     * unqualified names of revisions resolve there; empty where there is nothing to switch.
     */
    default Optional<String> useSchema(String schema) {
        return Optional.empty();
    }

    /** Whether {@code schema} exists, compared without regard to case. */
    default boolean schemaExists(java.sql.Connection connection, String schema) throws java.sql.SQLException {
        try (java.sql.ResultSet schemas = connection.getMetaData().getSchemas()) {
            while (schemas.next()) {
                if (schema.equalsIgnoreCase(schemas.getString("TABLE_SCHEM"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Prepares what connecting needs and the driver does not make itself (a SQLite file's folder). */
    default void prepareConnect(String jdbcUrl) {
    }

    /**
     * The number of leading and trailing statements of a revision that run outside its transaction.
     *
     * @param leading  statements run before the transaction begins
     * @param trailing statements run after it commits
     */
    record Bracket(int leading, int trailing) {
        public static final Bracket NONE = new Bracket(0, 0);
    }

    /**
     * A JDBC driver's Maven coordinates.
     *
     * <pre>{@code
     * new DriverArtifact("org.postgresql", "postgresql").dependency();
     * }</pre>
     */
    record DriverArtifact(String groupId, String artifactId) {

        /** {@code groupId:artifactId}. */
        public String coordinates() {
            return groupId + ":" + artifactId;
        }

        /** The {@code <dependency>} element that brings the driver. */
        public String dependency() {
            return "<dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId
                    + "</artifactId><version>…</version></dependency>";
        }
    }
}
