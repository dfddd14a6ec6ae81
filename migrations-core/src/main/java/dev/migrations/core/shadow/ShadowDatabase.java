package dev.migrations.core.shadow;

import dev.migrations.core.api.ConfigurationException;
import dev.migrations.core.api.DatabaseUrl;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.Phrasing.Advice;
import dev.migrations.core.database.Database;
import dev.migrations.core.database.Databases;
import dev.migrations.core.database.h2.H2Database;
import dev.migrations.core.database.mariadb.MariaDbDatabase;
import dev.migrations.core.database.postgresql.PostgresDatabase;
import dev.migrations.core.database.sqlite.SqliteDatabase;
import dev.migrations.core.runner.JdbcConnections;
import dev.migrations.core.script.RevisionIds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A database to replay the revision scripts into, so that the entity model can be compared with what the scripts
 * build instead of with the configured database, which is never connected to. Chosen from the configured URL
 * alone ({@link Databases#forUrl}):
 *
 * <ul>
 *   <li>SQLite (and no URL at all): a temporary file, deleted afterwards;</li>
 *   <li>H2: a private in-memory database ({@code jdbc:h2:mem:migrations_shadow_…}, with the URL's compatibility
 *   {@code MODE} and identifier-case settings), open while the shadow is;</li>
 *   <li>PostgreSQL, MariaDB, MySQL: a temporary database {@code migrations_shadow_…} created on the same server
 *   with the same credentials and dropped afterwards;</li>
 *   <li>an explicit {@code shadowUrl}: an empty database of the same kind, refused when it holds tables, emptied
 *   of what the replay created afterwards. Required for the other databases and with a DataSource.</li>
 * </ul>
 *
 * Planning a shadow ({@link #plan}) checks the configuration and touches nothing; {@link #create()} makes it and
 * {@link #close()} removes it, also when the comparison failed (and, through a shutdown hook, when the process is
 * interrupted meanwhile).
 *
 * <pre>{@code
 * try (ShadowDatabase shadow = ShadowDatabase.plan(target, listener)) {
 *     shadow.create();
 *     // run the revisions on shadow.connections(), compare the model with it
 * }
 * }</pre>
 */
public final class ShadowDatabase implements AutoCloseable {

    /** The prefix of every automatic shadow database's name (a tool-owned name). */
    public static final String NAME_PREFIX = "migrations_shadow_";

    /** H2 settings that change how DDL is read and names are stored, kept from the configured URL. */
    private static final Set<String> H2_KEPT_SETTINGS = Set.of("MODE", "DATABASE_TO_LOWER", "DATABASE_TO_UPPER",
            "CASE_INSENSITIVE_IDENTIFIERS", "NON_KEYWORDS");

    /**
     * What the shadow is planned from.
     *
     * @param url          the configured database's JDBC URL, or {@code null}
     * @param dataSource   whether a DataSource is configured instead of a URL
     * @param shadowUrl    an explicit shadow database's URL, or {@code null} for an automatic one
     * @param user         the user for every connection (the driver's property), or {@code null}
     * @param password     its password, never printed
     * @param schema       the configured working schema, or {@code null}
     * @param versionTable the version table's name
     * @param loader       where JDBC drivers are looked up
     */
    public record Target(String url, boolean dataSource, String shadowUrl, String user, String password,
                         String schema, String versionTable, ClassLoader loader) {

        @Override
        public String toString() {
            return "Target[url=" + DatabaseUrl.masked(url) + ", shadowUrl=" + DatabaseUrl.masked(shadowUrl) + "]";
        }
    }

    /** How one kind of shadow comes into being and goes away. */
    interface Lifecycle {
        void create(ShadowDatabase shadow);

        /** Removes the shadow; reports what it could not remove as a warning, never throws. */
        void remove(ShadowDatabase shadow);
    }

    private final Database database;
    private final String url;
    private final String schema;
    private final String versionTable;
    private final JdbcConnections connections;
    private final String origin;
    private final Lifecycle lifecycle;
    private final MigrationListener listener;
    private final String user;
    private final String password;
    private final ClassLoader loader;
    private Thread shutdownHook;
    private boolean created;
    private boolean removed;

    private ShadowDatabase(Database database, String url, String schema, Target target, String origin,
                           Lifecycle lifecycle, MigrationListener listener) {
        this.database = database;
        this.url = url;
        this.schema = schema;
        this.versionTable = target.versionTable();
        this.user = target.user();
        this.password = target.password();
        this.loader = target.loader();
        this.connections = JdbcConnections.forUrl(url, target.user(), target.password(), target.loader());
        this.origin = origin;
        this.lifecycle = lifecycle;
        this.listener = listener;
    }

    /**
     * Chooses the shadow for {@code target} without touching anything.
     *
     * @param listener receives the line saying SQLite stands in when no URL is configured, and the warning when a
     *                 shadow cannot be removed
     * @throws ConfigurationException {@code SHADOW-005} when the database has no automatic shadow and no
     *                                {@code shadowUrl} is set, {@code SHADOW-002} for a MariaDB or MySQL
     *                                {@code shadowUrl} that names no database
     */
    public static ShadowDatabase plan(Target target, MigrationListener listener) {
        if (target.shadowUrl() != null) {
            return explicit(target, listener);
        }
        if (target.dataSource()) {
            throw new ConfigurationException("SHADOW-005", "Comparing against the scripts needs a shadow database "
                    + "to replay them into, and with a DataSource the kind of database is not known without "
                    + "connecting to it. Set " + Advice.setting("shadowUrl") + " to the JDBC URL of an empty "
                    + "database of the same kind, or compare against the database (" + Advice.value("against",
                    "database") + ").");
        }
        if (target.url() == null) {
            listener.info("No database URL is configured: the shadow database is SQLite, the embedded default");
            return sqlite(target, listener);
        }
        Database kind = Databases.forUrl(target.url());
        if (kind instanceof SqliteDatabase) {
            return sqlite(target, listener);
        }
        if (kind instanceof H2Database) {
            return h2(target, listener);
        }
        if (kind instanceof PostgresDatabase || kind instanceof MariaDbDatabase) {
            return server(kind, target, listener);
        }
        throw new ConfigurationException("SHADOW-005", "Comparing against the scripts needs a shadow database to "
                + "replay them into, and " + kind.name() + " has no automatic one (those are SQLite, H2, PostgreSQL, "
                + "MariaDB and MySQL). Set " + Advice.setting("shadowUrl") + " to the JDBC URL of an empty "
                + kind.name() + " database (for example an in-memory one), or compare against the database ("
                + Advice.value("against", "database") + ").");
    }

    private static ShadowDatabase sqlite(Target target, MigrationListener listener) {
        Path folder = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()
                .resolve(NAME_PREFIX + RevisionIds.generate());
        String url = "jdbc:sqlite:" + folder.resolve("shadow.sqlite3");
        return new ShadowDatabase(Databases.forUrl(url), url, target.schema(), target, "a temporary SQLite file",
                new ShadowLifecycles.TemporaryFolder(folder), listener);
    }

    private static ShadowDatabase h2(Target target, MigrationListener listener) {
        StringBuilder url = new StringBuilder("jdbc:h2:mem:" + NAME_PREFIX + RevisionIds.generate());
        String[] parts = target.url().split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && H2_KEPT_SETTINGS.contains(parts[i].substring(0, equals).strip()
                    .toUpperCase(Locale.ROOT))) {
                url.append(';').append(parts[i].strip());
            }
        }
        return new ShadowDatabase(Databases.forUrl(url.toString()), url.toString(), target.schema(), target,
                "a private H2 in-memory database", new ShadowLifecycles.KeptOpen(), listener);
    }

    private static ShadowDatabase server(Database kind, Target target, MigrationListener listener) {
        String name = NAME_PREFIX + RevisionIds.generate();
        String url = ServerUrls.withDatabase(target.url(), name);
        List<String> adminUrls = new ArrayList<>();
        if (kind instanceof PostgresDatabase) {
            // CREATE DATABASE runs from another database of the server; the configured one may not exist yet
            adminUrls.add(ServerUrls.withDatabase(target.url(), "postgres"));
            adminUrls.add(ServerUrls.withDatabase(target.url(), "template1"));
        } else {
            adminUrls.add(ServerUrls.withDatabase(target.url(), ""));
        }
        // on MariaDB and MySQL a schema is a database: the shadow database itself is the working one
        String schema = kind instanceof MariaDbDatabase ? null : target.schema();
        return new ShadowDatabase(kind, url, schema, target, "a temporary database on the same " + kind.name()
                + " server", new ShadowLifecycles.ServerDatabase(name, adminUrls), listener);
    }

    private static ShadowDatabase explicit(Target target, MigrationListener listener) {
        Database kind = Databases.forUrl(target.shadowUrl());
        if (kind instanceof MariaDbDatabase && ServerUrls.database(target.shadowUrl()).isEmpty()) {
            throw new ConfigurationException("SHADOW-002", "The shadow database URL "
                    + DatabaseUrl.masked(target.shadowUrl()) + " names no database; on " + kind.name() + " the "
                    + "revisions are replayed into the database the URL names. Fix " + Advice.setting("shadowUrl")
                    + " (for example jdbc:mariadb://ci-db:3306/app_shadow).");
        }
        String schema = kind instanceof MariaDbDatabase ? null : target.schema();
        return new ShadowDatabase(kind, target.shadowUrl(), schema, target, "the configured shadow database",
                new ShadowLifecycles.Explicit(), listener);
    }

    /** Makes the shadow database; afterwards {@link #close()} removes it, whatever happens in between. */
    public void create() {
        lifecycle.create(this);
        created = true;
        listener.debug("Shadow database created: " + describe());
        shutdownHook = new Thread(this::remove, "migrations-shadow-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            shutdownHook = null;
        }
    }

    /** Removes what {@link #create()} made; a failure is a warning (the comparison's own result stands). */
    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it removes the shadow
                return;
            }
        }
        remove();
    }

    private synchronized void remove() {
        if (created && !removed) {
            removed = true;
            lifecycle.remove(this);
        }
    }

    /** Its kind of database. */
    public Database database() {
        return database;
    }

    /** Opens connections to it (never to the configured database). */
    public JdbcConnections connections() {
        return connections;
    }

    /**
     * The schema the revisions run in and the model is compared with: the configured one, except on MariaDB and
     * MySQL, where a schema is a database and the shadow database itself is the working one ({@code null}).
     */
    public String schema() {
        return schema;
    }

    /** Whether the configured schema's tables are the shadow's working schema under another name. */
    public boolean renamesSchema(String configuredSchema) {
        return configuredSchema != null && schema == null;
    }

    /** Its URL with any password masked. */
    public String maskedUrl() {
        return DatabaseUrl.masked(url);
    }

    /** For the log: what the shadow is, and its URL with any password masked. */
    public String describe() {
        return origin + " (" + DatabaseUrl.masked(url) + ")";
    }

    /** Whether it is a temporary database on the configured database's own server. */
    public boolean onConfiguredServer() {
        return lifecycle instanceof ShadowLifecycles.ServerDatabase;
    }

    String url() {
        return url;
    }

    String versionTable() {
        return versionTable;
    }

    MigrationListener listener() {
        return listener;
    }

    /** Connections to another database of the shadow's server, with the same user and password. */
    JdbcConnections server(String adminUrl) {
        return JdbcConnections.forUrl(adminUrl, user, password, loader);
    }

    /** The password, to keep it out of driver messages. */
    String hide(String message) {
        String safe = connections.hidePassword(message);
        return password == null || password.isEmpty() ? safe : safe.replace(password, "***");
    }
}
