package dev.migrations.core.api;

import dev.migrations.core.engine.Engine;
import dev.migrations.core.engine.Settings;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The migration engine's facade: revision scripts, the revision graph, the version table and the runner.
 * Immutable and safe to share; every command returns a result that carries what happened, and progress lines
 * go to the configured {@link MigrationListener}.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.configure()
 *         .url("jdbc:sqlite:/path/db.sqlite3")
 *         .scriptLocation(Path.of("src/main/resources/db/migrations"))
 *         .load();
 * migrations.revision(RevisionRequest.of("add email"));   // writes <rev>_add_email.sql
 * UpgradeResult result = migrations.upgrade("head");     // applies it, under the lock
 * }</pre>
 */
public final class Migrations {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Engine engine;

    Migrations(MigrationsBuilder builder) {
        this.engine = new Engine(validate(builder));
    }

    /** Starts a configuration. */
    public static MigrationsBuilder configure() {
        return new MigrationsBuilder();
    }

    /**
     * Writes a new revision script (empty sections, or the request's bodies) and returns its path. Nothing is
     * written when the request is invalid (unknown parent, several heads, a taken or malformed id).
     */
    public RevisionResult revision(RevisionRequest request) {
        return engine.revision(request);
    }

    /**
     * Writes a merge revision whose parents are the given revisions, or every head when the list is empty.
     *
     * @param revisions the revisions to merge (ids, prefixes, {@code heads}); empty for all heads
     * @param message   the message (may be empty)
     * @param revId     an explicit id, or {@code null} for a random one
     */
    public RevisionResult merge(List<String> revisions, String message, String revId) {
        return engine.merge(revisions == null ? List.of() : revisions, message, revId);
    }

    /** Applies the revisions up to {@code target} ({@code head} when {@code null}) under the lock. */
    public UpgradeResult upgrade(String target) {
        return engine.upgrade(target == null || target.isBlank() ? "head" : target.trim());
    }

    /** Runs downgrade sections down to {@code target}: {@code -1}, a revision, {@code base}. */
    public DowngradeResult downgrade(String target) {
        if (target == null || target.isBlank()) {
            throw new ScriptException("SCRIPT-030", "No downgrade target given. Name one with "
                    + "-Dmigrations.target (for example -1, a revision id, or base).");
        }
        return engine.downgrade(target.trim());
    }

    /** The database's applied heads; never creates the version table (nor, for SQLite, the database file). */
    public CurrentResult current() {
        return engine.current();
    }

    /**
     * The revisions in {@code range} ({@code a:b}, either end may be empty; {@code null} for all), newest first,
     * with the database's current heads marked when a URL is configured.
     */
    public List<RevisionInfo> history(String range) {
        return engine.history(range);
    }

    /** The revisions no other revision names as a parent. */
    public List<RevisionInfo> heads() {
        return engine.heads();
    }

    /** The branch points (revisions with several children); {@link RevisionInfo#children()} lists the branches. */
    public List<RevisionInfo> branches() {
        return engine.branches();
    }

    /** One revision, by id, unique prefix or symbolic name ({@code head}). */
    public RevisionInfo show(String revision) {
        return engine.show(revision);
    }

    /**
     * Records {@code target} as applied without running SQL: later revisions' rows are removed, missing ancestors
     * added, kept ones get their checksum recorded again. With {@code purge} the table is cleared first.
     */
    public StampResult stamp(String target, boolean purge) {
        if (target == null || target.isBlank()) {
            throw new ScriptException("SCRIPT-031", "No stamp target given. Name one with -Dmigrations.target "
                    + "(head, heads, base or a revision id).");
        }
        return engine.stamp(target.trim(), purge);
    }

    /**
     * The SQL of {@code range} ({@code base:head} when {@code null}) for the configured URL's database, including
     * the version table's statements, without opening a connection. A range from a later to an earlier revision
     * ({@code head:base}) gives downgrade SQL.
     */
    public String sql(String range) {
        return engine.sql(range == null || range.isBlank() ? "base:head" : range.trim());
    }

    private static Settings validate(MigrationsBuilder b) {
        if (b.scriptLocation != null && b.classpathLocation != null) {
            throw new ConfigurationException("CONFIG-001", "Both scriptLocation (" + b.scriptLocation
                    + ") and classpathLocation (" + b.classpathLocation + ") are set; set only one.");
        }
        if (b.scriptLocation == null && (b.classpathLocation == null || b.classpathLocation.isBlank())) {
            throw new ConfigurationException("CONFIG-002", "No script location: set <scriptLocation> "
                    + "(-Dmigrations.scriptLocation) or, at runtime, classpathLocation(\"db/migrations\").");
        }
        if (b.url != null && !b.url.isBlank() && !b.url.trim().startsWith("jdbc:")) {
            throw new ConfigurationException("CONFIG-003", "The database URL " + DatabaseUrl.masked(b.url)
                    + " is not a JDBC URL; it must start with jdbc: (for example jdbc:sqlite:db.sqlite3). "
                    + "Fix <url> or -Dmigrations.url.");
        }
        if (b.versionTable == null || !IDENTIFIER.matcher(b.versionTable).matches()) {
            throw new ConfigurationException("CONFIG-004", "The version table name '" + b.versionTable
                    + "' is not a plain identifier (letters, digits, _; not starting with a digit). "
                    + "Fix <versionTable>.");
        }
        if (b.schema != null && !b.schema.isBlank() && !IDENTIFIER.matcher(b.schema).matches()) {
            throw new ConfigurationException("CONFIG-005", "The schema name '" + b.schema
                    + "' is not a plain identifier (letters, digits, _; not starting with a digit). Fix <schema>.");
        }
        if (b.lockTimeout == null || b.lockTimeout.isNegative() || b.lockTimeout.isZero()) {
            throw new ConfigurationException("CONFIG-006", "The lock timeout must be positive; got "
                    + b.lockTimeout + ".");
        }
        String classpath = b.classpathLocation == null ? null
                : b.classpathLocation.trim().replaceAll("^/+", "").replaceAll("/+$", "");
        ClassLoader loader = b.classLoader != null ? b.classLoader
                : Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Migrations.class.getClassLoader();
        String appliedBy = b.appliedBy != null && !b.appliedBy.isBlank() ? b.appliedBy
                : System.getProperty("user.name", "unknown");
        return new Settings(blankToNull(b.url), blankToNull(b.user), b.password, b.scriptLocation, classpath,
                loader, b.versionTable, blankToNull(b.schema), b.fileTemplate, b.listener, appliedBy,
                b.lockTimeout, b.clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
