package dev.migrations.core.runner;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.DatabaseUrl;
import dev.migrations.core.history.SqliteVersionTableSql;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.script.StatementSplitter;

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
     * The support for {@code url}'s database.
     *
     * @throws DatabaseException ({@code DB-004}) for a database the runner does not support
     */
    static DatabaseSupport forUrl(String url) {
        DatabaseKind kind = DatabaseKind.of(url);
        if (kind == DatabaseKind.SQLITE) {
            return new SqliteSupport();
        }
        throw new DatabaseException("DB-004", "This version runs revisions on SQLite only; "
                + DatabaseUrl.masked(url) + " is " + kind.displayName() + ". Use a jdbc:sqlite: URL in <url> "
                + "(-Dmigrations.url).");
    }

    /** SQLite: standard splitting, the write lock, transactional DDL. */
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
    }
}
