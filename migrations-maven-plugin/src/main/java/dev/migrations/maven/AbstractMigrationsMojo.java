package dev.migrations.maven;

import dev.migrations.core.api.DatabaseUrl;
import dev.migrations.core.api.Migrations;
import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.MigrationsException;
import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal shares: the connection and script parameters, {@code -D} precedence over the POM, the
 * {@code skip} switch, building core's {@link Migrations} facade, and turning core's errors into Maven's.
 *
 * <p>A goal reads its own parameters in {@link #prepare}, failing there on bad configuration before anything is
 * touched, and returns the one call it makes:
 *
 * <pre>{@code
 * protected Goal prepare(CommandLineOverrides overrides) {
 *     String target = overrides.string("target", this.target);
 *     return migrations -> report(migrations.upgrade(target));
 * }
 * }</pre>
 */
public abstract class AbstractMigrationsMojo extends AbstractMojo {

    /** How much of the database a goal needs. */
    enum DatabaseUse {
        /** Reads and writes scripts only. */
        NONE,
        /** Needs the URL to pick the SQL dialect, without connecting. */
        DIALECT,
        /** Connects. */
        CONNECT
    }

    /** The one call a goal makes once its parameters are read. */
    @FunctionalInterface
    interface Goal {
        void run(Migrations migrations) throws MojoExecutionException, MojoFailureException;
    }

    /**
     * The JDBC URL; when unset: MIGRATIONS_URL, DB_URL, DB_URL in .env, then
     * jdbc:sqlite:${project.basedir}/db.sqlite3.
     */
    @Parameter(property = "migrations.url")
    String url;

    /** The database user; wins over the settings.xml server's username. */
    @Parameter(property = "migrations.user")
    String user;

    /** The database password; wins over the settings.xml server's password. Never printed. */
    @Parameter(property = "migrations.password")
    String password;

    /** The id of a settings.xml {@code <server>} whose username and password (decrypted) are used. */
    @Parameter(property = "migrations.serverId")
    String serverId;

    /** The folder holding the revision scripts. */
    @Parameter(property = "migrations.scriptLocation",
            defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    File scriptLocation;

    /** The table recording applied revisions. */
    @Parameter(property = "migrations.versionTable", defaultValue = MigrationsBuilder.DEFAULT_VERSION_TABLE)
    String versionTable;

    /** The schema of the version table; default: the connection's schema. */
    @Parameter(property = "migrations.schema")
    String schema;

    /** The file name of new scripts: {@code <rev>}, {@code <slug>} and {@code <date>} are replaced; .sql is added. */
    @Parameter(property = "migrations.fileTemplate", defaultValue = MigrationsBuilder.DEFAULT_FILE_TEMPLATE)
    String fileTemplate;

    /** Skips the goal (it logs that it did). */
    @Parameter(property = "migrations.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDir;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    /** Reads the goal's own parameters (failing on bad ones) and returns its one call. */
    abstract Goal prepare(CommandLineOverrides overrides) throws MojoFailureException;

    /** Whether the goal connects, needs only the dialect, or works on script files alone. */
    abstract DatabaseUse databaseUse();

    /** Adds the goal's own engine settings, read in {@link #prepare}; none by default. */
    void configure(MigrationsBuilder builder) {
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        CommandLineOverrides overrides = new CommandLineOverrides(session.getUserProperties(),
                session.getSystemProperties());
        String goal = "migrations:" + mojoExecution.getGoal();
        if (overrides.flag("skip", skip)) {
            getLog().info("Skipping " + goal + ": migrations.skip is true (<skip> in the POM or -Dmigrations.skip)");
            return;
        }
        Goal call = prepare(overrides);
        try {
            call.run(facade(overrides));
        } catch (MigrationsException e) {
            MavenFailures.rethrow(e);
        }
    }

    private Migrations facade(CommandLineOverrides overrides) throws MojoFailureException {
        MigrationsBuilder builder = Migrations.configure()
                .scriptLocation(overrides.file("scriptLocation", scriptLocation, baseDir).toPath())
                .versionTable(overrides.string("versionTable", versionTable))
                .schema(overrides.string("schema", schema))
                .fileTemplate(overrides.string("fileTemplate", fileTemplate))
                .listener(new MavenLogListener(getLog()))
                .phrasing(MavenPhrasing.INSTANCE);
        DatabaseUse use = databaseUse();
        DatabaseUrl database = null;
        if (use != DatabaseUse.NONE) {
            database = DatabaseSettings.resolveUrl(overrides.string("url", url),
                    overrides.commandLineValue("url") != null, baseDir.toPath(), System.getenv());
            ServerCredentials credentials = ServerCredentials.resolve(overrides.string("serverId", serverId),
                    overrides.string("user", user), overrides.string("password", password), settings,
                    settingsDecrypter);
            builder.url(database.url()).user(credentials.user()).password(credentials.password());
            getLog().info("Using database " + database + credentials.describe());
        }
        configure(builder);
        Migrations migrations = builder.load();
        if (use == DatabaseUse.CONNECT) {
            String missingDriver = new JdbcDrivers(getClass().getClassLoader())
                    .missingDriverMessage(database.url(), database.maskedUrl());
            if (missingDriver != null) {
                throw new MojoFailureException(missingDriver);
            }
        }
        return migrations;
    }
}
