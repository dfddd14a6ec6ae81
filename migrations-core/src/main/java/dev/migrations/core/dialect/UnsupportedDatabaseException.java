package dev.migrations.core.dialect;

/**
 * No dialect exists for the database. The message starts with a stable id ({@code [DIFF-001]}) and names the
 * databases that are supported.
 *
 * <pre>{@code
 * try {
 *     Dialect dialect = Dialects.require(url);
 * } catch (UnsupportedDatabaseException e) {
 *     throw new ConfigurationException(e.id(), e.getMessage(), e);
 * }
 * }</pre>
 */
public final class UnsupportedDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnsupportedDatabaseException(String what) {
        super("[DIFF-001] No SQL dialect for " + what + ": autogenerate supports SQLite (jdbc:sqlite:…) and H2 "
                + "(jdbc:h2:…). Point <url> (or -Dmigrations.url) at one of them, or write the revision by hand "
                + "with mvn migrations:revision -Dmigrations.message=\"…\" without -Dmigrations.autogenerate.");
    }

    /** The stable id of this error. */
    public String id() {
        return "DIFF-001";
    }
}
