package dev.migrations.core.database.sqlite;

import dev.migrations.core.database.Database;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.history.VersionTableSql;
import dev.migrations.core.introspect.DatabaseReader;
import dev.migrations.core.runner.DatabaseLock;
import dev.migrations.core.runner.SqlComments;
import dev.migrations.core.script.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SQLite, through sqlite-jdbc: the embedded default. Transactional DDL, the write lock plus a lock file, and the
 * table rebuild for what {@code ALTER TABLE} cannot do. A revision that starts with
 * {@code PRAGMA foreign_keys = OFF} (a table rebuild, see docs/dialects.md) runs that pragma before its
 * transaction and a final {@code PRAGMA foreign_keys = ON} after it: inside a transaction SQLite ignores both.
 *
 * <pre>{@code
 * Database sqlite = Databases.forUrl("jdbc:sqlite:app.db");   // a SqliteDatabase
 * }</pre>
 */
public final class SqliteDatabase implements Database {

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public String name() {
        return "SQLite";
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    @Override
    public boolean acceptsProductName(String productName) {
        return productName.toLowerCase(Locale.ROOT).contains("sqlite");
    }

    @Override
    public Optional<DriverArtifact> driver() {
        return Optional.of(new DriverArtifact("org.xerial", "sqlite-jdbc"));
    }

    @Override
    public Dialect dialect() {
        return new SqliteDialect();
    }

    @Override
    public DatabaseReader reader() {
        return new SqliteReader();
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
    public Bracket outsideTransaction(List<Statement> statements) {
        if (statements.isEmpty() || !isForeignKeysPragma(statements.get(0).executable(), false)) {
            return Bracket.NONE;
        }
        boolean closing = statements.size() > 1
                && isForeignKeysPragma(statements.get(statements.size() - 1).executable(), true);
        return new Bracket(1, closing ? 1 : 0);
    }

    @Override
    public boolean isMissing(String jdbcUrl) {
        return plainFile(jdbcUrl).map(p -> !Files.exists(p)).orElse(false);
    }

    /**
     * SQLite creates a missing database file but not its folder, so {@code jdbc:sqlite:target/app.db} would fail
     * before the first build: create the folder of a file database, as a user expects.
     */
    @Override
    public void prepareConnect(String jdbcUrl) {
        Path file = databaseFile(jdbcUrl).orElse(null);
        if (file == null || file.getParent() == null || Files.isDirectory(file.getParent())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | RuntimeException e) {
            // the driver's own error says what is wrong with the path
        }
    }

    /** {@code PRAGMA foreign_keys = OFF} (or {@code = 0}, {@code false}, {@code no}), or the ON forms. */
    static boolean isForeignKeysPragma(String sql, boolean on) {
        String stripped = SqlComments.strip(sql);
        if (!mayBePragma(stripped)) {
            return false;
        }
        String code = stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (!code.startsWith("pragmaforeign_keys=")) {
            return false;
        }
        String value = code.substring("pragmaforeign_keys=".length());
        return on ? Set.of("on", "1", "true", "yes").contains(value)
                : Set.of("off", "0", "false", "no").contains(value);
    }

    /**
     * Whether the first six characters other than white space can spell {@code pragma}: every revision's first
     * statement is asked, and most are not pragmas, so they are spared the full reading.
     */
    private static boolean mayBePragma(String code) {
        int letters = 0;
        for (int i = 0; i < code.length() && letters < 6; i++) {
            char c = code.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                continue;
            }
            if (c >= 0x80) {
                return true;
            }
            if (Character.toLowerCase(c) != "pragma".charAt(letters)) {
                return false;
            }
            letters++;
        }
        return letters == 6;
    }

    /**
     * For a SQLite URL naming a plain file: the file. Used to answer read-only questions about a database file
     * that does not exist without creating it (opening a SQLite URL creates the file).
     */
    static Optional<Path> plainFile(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String path = query >= 0 ? rest.substring(0, query) : rest;
        if (path.isEmpty() || path.startsWith(":") || path.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path));
    }

    /**
     * For a SQLite URL naming a database file, also as a {@code file:} URI: the file; empty for in-memory and
     * temporary databases, which live inside one process.
     */
    public static Optional<Path> databaseFile(String url) {
        Optional<Path> plain = plainFile(url);
        if (plain.isPresent() || !url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return plain;
        }
        String rest = url.substring(PREFIX.length());
        if (!rest.startsWith("file:")) {
            return Optional.empty();
        }
        int query = rest.indexOf('?');
        String path = rest.substring("file:".length(), query >= 0 ? query : rest.length());
        String options = query >= 0 ? rest.substring(query).toLowerCase(Locale.ROOT) : "";
        if (path.isEmpty() || path.startsWith(":memory:") || options.contains("mode=memory")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path.startsWith("//") ? path.substring(2) : path));
    }
}
