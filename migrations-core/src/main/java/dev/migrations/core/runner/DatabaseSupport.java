package dev.migrations.core.runner;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.DatabaseUrl;
import dev.migrations.core.history.SqliteVersionTableSql;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.history.H2VersionTableSql;
import dev.migrations.core.script.Statement;
import dev.migrations.core.script.StatementSplitter;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the runner needs to know about one kind of database: how to split its scripts, its version table's SQL,
 * its lock, and how offline scripts wrap a revision in a transaction. A new kind plugs in here.
 */
public interface DatabaseSupport {

    DatabaseKind kind();

    StatementSplitter splitter();

    VersionTableSql versionTable(String table, String schema);

    DatabaseLock lock();

    /** The statement that opens a transaction in an offline script. */
    String beginTransaction();

    /** The statement that commits it. */
    String commitTransaction();

    /**
     * Whether DDL runs inside a transaction that a failure rolls back. Where it does not (H2 commits each DDL
     * statement), revisions run statement by statement and a failure reports what ran.
     */
    default boolean transactionalDdl() {
        return true;
    }

    /**
     * How many of a revision's first and last statements must run outside its transaction because the database
     * ignores them inside one; none by default.
     */
    default Bracket outsideTransaction(List<Statement> statements) {
        return Bracket.NONE;
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
     * The support for {@code url}'s database.
     *
     * @throws ConfigurationException ({@code DB-004}, a user error) for a database the runner does not support
     */
    static DatabaseSupport forUrl(String url) {
        DatabaseKind kind = DatabaseKind.of(url);
        if (kind == DatabaseKind.SQLITE) {
            return new SqliteSupport();
        }
        if (kind == DatabaseKind.H2) {
            return new H2Support();
        }
        throw new ConfigurationException("DB-004", "This version runs revisions on SQLite and H2 only; "
                + DatabaseUrl.masked(url) + " is " + kind.displayName() + ". Use a jdbc:sqlite: or jdbc:h2: URL in "
                + "<url> (-Dmigrations.url).");
    }

    /**
     * SQLite: standard splitting, the write lock, transactional DDL. A revision that starts with
     * {@code PRAGMA foreign_keys = OFF} (a table rebuild, see docs/dialects.md) runs that pragma before its
     * transaction and a final {@code PRAGMA foreign_keys = ON} after it: inside a transaction SQLite ignores both.
     */
    final class SqliteSupport implements DatabaseSupport {
        @Override
        public DatabaseKind kind() {
            return DatabaseKind.SQLITE;
        }

        @Override
        public StatementSplitter splitter() {
            return StatementSplitter.standard();
        }

        @Override
        public VersionTableSql versionTable(String table, String schema) {
            return new SqliteVersionTableSql(table, schema);
        }

        @Override
        public DatabaseLock lock() {
            return new SqliteWriteLock();
        }

        @Override
        public String beginTransaction() {
            return "BEGIN";
        }

        @Override
        public String commitTransaction() {
            return "COMMIT";
        }

        @Override
        public Bracket outsideTransaction(List<Statement> statements) {
            if (statements.isEmpty() || !isForeignKeysPragma(statements.get(0).sql(), false)) {
                return Bracket.NONE;
            }
            boolean closing = statements.size() > 1
                    && isForeignKeysPragma(statements.get(statements.size() - 1).sql(), true);
            return new Bracket(1, closing ? 1 : 0);
        }

        /** {@code PRAGMA foreign_keys = OFF} (or {@code = 0}, {@code false}, {@code no}), or the ON forms. */
        static boolean isForeignKeysPragma(String sql, boolean on) {
            String code = SqlComments.strip(sql).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            if (!code.startsWith("pragmaforeign_keys=")) {
                return false;
            }
            String value = code.substring("pragmaforeign_keys=".length());
            return on ? Set.of("on", "1", "true", "yes").contains(value)
                    : Set.of("off", "0", "false", "no").contains(value);
        }
    }

    /**
     * H2: standard splitting, a lock row held by a second connection, and no transactional DDL (H2 commits each
     * DDL statement, and with it any transaction).
     */
    final class H2Support implements DatabaseSupport {
        @Override
        public DatabaseKind kind() {
            return DatabaseKind.H2;
        }

        @Override
        public StatementSplitter splitter() {
            return StatementSplitter.standard();
        }

        @Override
        public VersionTableSql versionTable(String table, String schema) {
            return new H2VersionTableSql(table, schema);
        }

        @Override
        public DatabaseLock lock() {
            return new H2LockRow();
        }

        @Override
        public String beginTransaction() {
            return "BEGIN";
        }

        @Override
        public String commitTransaction() {
            return "COMMIT";
        }

        @Override
        public boolean transactionalDdl() {
            return false;
        }
    }
}
