package dev.migrations.spring.boot;

import dev.migrations.core.api.DriftCheck;
import dev.migrations.core.api.Mode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code spring.migrations.*} properties: what the start-up applies, where, and how.
 *
 * <pre>{@code
 * spring.migrations.script-location=classpath:db/migrations
 * spring.migrations.drift-check=fail
 * }</pre>
 */
// Defaults are literals, equal to MigrationsBuilder's (a test says so), for the configuration processor reads only
// literals into the IDE metadata.
@ConfigurationProperties(prefix = MigrationsProperties.PREFIX)
public class MigrationsProperties {

    /** Where the properties live; beside {@code spring.flyway} and {@code spring.liquibase}. */
    public static final String PREFIX = "spring.migrations";

    /** The default {@link #getScriptLocation() script location}. */
    public static final String DEFAULT_SCRIPT_LOCATION = "classpath:db/migrations";

    /** The default {@link #getSeedLocation() seed location}. */
    public static final String DEFAULT_SEED_LOCATION = "classpath:db/seed";

    /**
     * Whether to prepare the database when the application starts, before JPA: upgrade to head in production,
     * create the missing tables and load the seed scripts in development.
     */
    private boolean enabled = true;

    /**
     * Where the revision scripts are: "classpath:db/migrations" (packaged in the application) or
     * "filesystem:/path/to/folder". A location without a prefix is a classpath folder.
     */
    private String scriptLocation = DEFAULT_SCRIPT_LOCATION;

    /**
     * Where development mode finds the seed scripts (*.sql, run once each in name order): "classpath:db/seed" or
     * "filesystem:/path/to/folder". A location that does not exist means no seed data.
     */
    private String seedLocation = DEFAULT_SEED_LOCATION;

    /** The name of the table that records the applied revisions. */
    private String versionTable = "migrations_version";

    /**
     * The schema of the version table (on MariaDB/MySQL: the database); created when missing. Default: the
     * connection's own.
     */
    private String schema;

    /**
     * Production applies the revisions up to head; development creates the entity model's missing tables and loads
     * the seed scripts. Default: the APP_DEBUG environment variable or property decides (true: development;
     * false or unset: production).
     */
    private Mode mode;

    /**
     * After a production upgrade, compare the database with the packaged entity model: off, warn (log each
     * difference) or fail (refuse to start when they differ).
     */
    private DriftCheck driftCheck = DriftCheck.OFF;

    /**
     * The JDBC URL of the database to migrate, when it is not the application's DataSource (for example to
     * migrate as a user that may change the schema). Default: the application's DataSource.
     */
    private String url;

    /**
     * The user to migrate as. Setting it (or url or password) makes the start-up open its own connections; what is
     * not set comes from spring.datasource.url, username and password.
     */
    private String user;

    /** The password of that user. */
    private String password;

    /** How long to wait for another instance that holds the migration lock before failing. */
    private Duration lockTimeout = Duration.ofMinutes(5);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getScriptLocation() {
        return scriptLocation;
    }

    public void setScriptLocation(String scriptLocation) {
        this.scriptLocation = scriptLocation;
    }

    public String getSeedLocation() {
        return seedLocation;
    }

    public void setSeedLocation(String seedLocation) {
        this.seedLocation = seedLocation;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public DriftCheck getDriftCheck() {
        return driftCheck;
    }

    public void setDriftCheck(DriftCheck driftCheck) {
        this.driftCheck = driftCheck;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /** Whether the start-up opens its own connections instead of borrowing the application's. */
    boolean hasOwnConnection() {
        return hasText(url) || hasText(user) || hasText(password);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
