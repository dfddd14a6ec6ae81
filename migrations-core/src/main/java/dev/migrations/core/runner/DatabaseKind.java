package dev.migrations.core.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The database a JDBC URL points at, and the Maven coordinates of its driver. */
public enum DatabaseKind {
    SQLITE("SQLite", "jdbc:sqlite:", "org.xerial", "sqlite-jdbc"),
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", "org.postgresql", "postgresql"),
    MARIADB("MariaDB", "jdbc:mariadb:", "org.mariadb.jdbc", "mariadb-java-client"),
    MYSQL("MySQL", "jdbc:mysql:", "com.mysql", "mysql-connector-j"),
    H2("H2", "jdbc:h2:", "com.h2database", "h2"),
    OTHER("this database", "jdbc:", null, null);

    private final String displayName;
    private final String prefix;
    private final String groupId;
    private final String artifactId;

    DatabaseKind(String displayName, String prefix, String groupId, String artifactId) {
        this.displayName = displayName;
        this.prefix = prefix;
        this.groupId = groupId;
        this.artifactId = artifactId;
    }

    /** The kind of {@code url}; {@link #OTHER} for a database this tool does not know. */
    public static DatabaseKind of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (kind != OTHER && lower.startsWith(kind.prefix)) {
                return kind;
            }
        }
        return OTHER;
    }

    public String displayName() {
        return displayName;
    }

    /** {@code groupId:artifactId} of the JDBC driver, if known. */
    public Optional<String> driverCoordinates() {
        return groupId == null ? Optional.empty() : Optional.of(groupId + ":" + artifactId);
    }

    /** The {@code <dependency>} element that brings the driver, if known. */
    public Optional<String> driverDependency() {
        return groupId == null ? Optional.empty() : Optional.of("<dependency><groupId>" + groupId
                + "</groupId><artifactId>" + artifactId + "</artifactId><version>…</version></dependency>");
    }

    /**
     * For a SQLite URL naming a plain file: the file. Used to answer read-only questions about a database file
     * that does not exist without creating it (opening a SQLite URL creates the file).
     */
    public static Optional<Path> sqliteFile(String url) {
        if (of(url) != SQLITE) {
            return Optional.empty();
        }
        String rest = url.substring(SQLITE.prefix.length());
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
    public static Optional<Path> sqliteDatabaseFile(String url) {
        Optional<Path> plain = sqliteFile(url);
        if (plain.isPresent() || of(url) != SQLITE) {
            return plain;
        }
        String rest = url.substring(SQLITE.prefix.length());
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

    /** Whether {@code url} names a SQLite file that does not exist yet. */
    public static boolean isMissingSqliteFile(String url) {
        return sqliteFile(url).map(p -> !Files.exists(p)).orElse(false);
    }
}
