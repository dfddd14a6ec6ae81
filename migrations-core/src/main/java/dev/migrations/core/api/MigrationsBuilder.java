package dev.migrations.core.api;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the configuration of a {@link Migrations} facade; {@link #load()} validates it. Every setter returns
 * this builder; the facade it loads is immutable.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.configure()
 *         .url("jdbc:sqlite:/srv/app/db.sqlite3")
 *         .classpathLocation("db/migrations")
 *         .listener(new MigrationListener() { public void info(String line) { log.info(line); } })
 *         .load();
 * }</pre>
 */
public final class MigrationsBuilder {

    /** The default version table name. */
    public static final String DEFAULT_VERSION_TABLE = "migrations_version";
    /** The default file name template (the {@code .sql} extension is added). */
    public static final String DEFAULT_FILE_TEMPLATE = "<rev>_<slug>";
    /** The classpath folder of the seed scripts development mode loads, by default. */
    public static final String DEFAULT_SEED_LOCATION = "db/seed";
    /** How long a command waits for another process's lock by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

    String url;
    DataSource dataSource;
    String user;
    String password;
    Path scriptLocation;
    String classpathLocation;
    ClassLoader classLoader;
    String versionTable = DEFAULT_VERSION_TABLE;
    String schema;
    String fileTemplate = DEFAULT_FILE_TEMPLATE;
    MigrationListener listener = MigrationListener.SILENT;
    Phrasing phrasing = Phrasing.NEUTRAL;
    String appliedBy;
    Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    Clock clock = Clock.systemUTC();
    Mode mode;
    Map<String, String> environment;
    String seedLocation = DEFAULT_SEED_LOCATION;
    Path seedDirectory;
    ModelSource model = ModelSource.classpath();
    DriftCheck driftCheck = DriftCheck.OFF;
    CompareAgainst against = CompareAgainst.DATABASE;
    String shadowUrl;

    MigrationsBuilder() {
    }

    /** The JDBC URL; required by the commands that touch the database. */
    public MigrationsBuilder url(String value) {
        this.url = value;
        return this;
    }

    /**
     * The application's {@code DataSource}, instead of a {@link #url URL}: connections are borrowed from it (and
     * closed, which returns them to a pool), and the database is recognised from the driver's metadata.
     *
     * <pre>{@code
     * Migrations.configure().dataSource(pool).classpathLocation("db/migrations").load().upgrade(null);
     * }</pre>
     */
    public MigrationsBuilder dataSource(DataSource value) {
        this.dataSource = value;
        return this;
    }

    /** The database user, passed to the driver as the {@code user} property. */
    public MigrationsBuilder user(String value) {
        this.user = value;
        return this;
    }

    /** The database password, passed to the driver as the {@code password} property; never printed. */
    public MigrationsBuilder password(String value) {
        this.password = value;
        return this;
    }

    /** A filesystem folder holding the revision scripts (the Maven goals use this). */
    public MigrationsBuilder scriptLocation(Path value) {
        this.scriptLocation = value;
        return this;
    }

    /**
     * A classpath folder holding the revision scripts, read from directories and from jars (for production
     * start-up). Scripts cannot be written there: {@code revision} and {@code merge} need a {@link #scriptLocation}.
     */
    public MigrationsBuilder classpathLocation(String value) {
        this.classpathLocation = value;
        return this;
    }

    /** The class loader for {@link #classpathLocation}; default: the thread's context class loader. */
    public MigrationsBuilder classLoader(ClassLoader value) {
        this.classLoader = value;
        return this;
    }

    /** The version table's name; default {@code migrations_version}. */
    public MigrationsBuilder versionTable(String value) {
        this.versionTable = value;
        return this;
    }

    /** The schema of the version table; {@code null} (default) uses the connection's schema. */
    public MigrationsBuilder schema(String value) {
        this.schema = value;
        return this;
    }

    /**
     * The file name template for new scripts, with {@code <rev>}, {@code <slug>} and {@code <date>};
     * default {@code <rev>_<slug>}.
     */
    public MigrationsBuilder fileTemplate(String value) {
        this.fileTemplate = value;
        return this;
    }

    /** Receives progress lines; default: none. */
    public MigrationsBuilder listener(MigrationListener value) {
        this.listener = Objects.requireNonNullElse(value, MigrationListener.SILENT);
        return this;
    }

    /**
     * How the listener's lines name settings and commands; default {@link Phrasing#NEUTRAL}. Exceptions phrase
     * theirs with {@link MigrationsException#message(Phrasing)}.
     */
    public MigrationsBuilder phrasing(Phrasing value) {
        this.phrasing = Objects.requireNonNullElse(value, Phrasing.NEUTRAL);
        return this;
    }

    /** Recorded as "applied by" in the version table; default: the operating-system user name. */
    public MigrationsBuilder appliedBy(String value) {
        this.appliedBy = value;
        return this;
    }

    /** How long a command waits for another process's lock before failing; default five minutes. */
    public MigrationsBuilder lockTimeout(Duration value) {
        this.lockTimeout = value;
        return this;
    }

    /** The clock for create dates and applied times; default UTC system time. */
    public MigrationsBuilder clock(Clock value) {
        this.clock = value;
        return this;
    }

    /**
     * The mode {@link Migrations#start()} runs in; default {@code null}: the environment variable
     * {@value Mode#SWITCH} decides ({@code true} development, {@code false} or unset production).
     */
    public MigrationsBuilder mode(Mode value) {
        this.mode = value;
        return this;
    }

    /** The environment {@value Mode#SWITCH} is read from; default {@link System#getenv()}. */
    public MigrationsBuilder environment(Map<String, String> value) {
        this.environment = value == null ? null : Map.copyOf(value);
        return this;
    }

    /**
     * The classpath folder of the seed scripts ({@code *.sql}, run in name order, once each) that development mode
     * loads; default {@value #DEFAULT_SEED_LOCATION}. A folder that does not exist means no seeds.
     */
    public MigrationsBuilder seedLocation(String value) {
        this.seedLocation = value;
        return this;
    }

    /** A filesystem folder of seed scripts, instead of {@link #seedLocation(String)}. */
    public MigrationsBuilder seedDirectory(Path value) {
        this.seedDirectory = value;
        return this;
    }

    /**
     * Where the entity model is, for development mode and the drift check; default the packaged
     * {@code META-INF/migrations/model.json}.
     */
    public MigrationsBuilder model(ModelSource value) {
        this.model = Objects.requireNonNull(value, "model");
        return this;
    }

    /** Whether {@link Migrations#start()} compares the database with the model after the upgrade; default off. */
    public MigrationsBuilder driftCheck(DriftCheck value) {
        this.driftCheck = Objects.requireNonNullElse(value, DriftCheck.OFF);
        return this;
    }

    /**
     * What {@link Migrations#check} and autogenerate compare the entity model with; default
     * {@link CompareAgainst#DATABASE}. With {@link CompareAgainst#SCRIPTS} the revisions are replayed into a shadow
     * database and the configured database is never connected to, so CI and production builds need none:
     *
     * <pre>{@code
     * Migrations.configure().url("jdbc:postgresql://ci-db/app").scriptLocation(scripts)
     *         .against(CompareAgainst.SCRIPTS).load().check(model, List.of());
     * }</pre>
     *
     * The drift check of {@link Migrations#start()} always compares the database itself.
     */
    public MigrationsBuilder against(CompareAgainst value) {
        this.against = Objects.requireNonNullElse(value, CompareAgainst.DATABASE);
        return this;
    }

    /**
     * The JDBC URL of an empty database to replay the revisions into when comparing
     * {@link CompareAgainst#SCRIPTS against the scripts}, instead of the automatic one (a temporary SQLite file or
     * H2 in-memory database, or a temporary database on the same PostgreSQL or MariaDB server). Required for the
     * databases without a package of their own and with a DataSource. It must be the same kind of database as the
     * URL, and empty: a shadow database that holds tables is refused, and what the replay created is dropped
     * afterwards. Connected with the same user and password.
     */
    public MigrationsBuilder shadowUrl(String value) {
        this.shadowUrl = value;
        return this;
    }

    /**
     * Validates the configuration and builds the facade.
     *
     * @throws ConfigurationException naming the setting that is missing or malformed
     */
    public Migrations load() {
        return new Migrations(this);
    }
}
