package dev.migrations.maven;

import dev.migrations.core.api.MigrationsBuilder;
import dev.migrations.core.api.ModelSource;
import dev.migrations.core.api.FailOn;
import dev.migrations.core.api.RevisionRequest;
import java.io.File;
import java.util.List;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a new revision script on top of the current head: with empty upgrade and downgrade sections, or, with
 * {@code autogenerate}, with the SQL that takes the database to the entity model and back:
 * {@code Generating …/db/migrations/1a2b3c4d5e6f_add_email.sql ... done}.
 *
 * <p>Autogenerate first compiles the project (up to {@code process-classes}, so that the annotation processor
 * rewrites {@code META-INF/migrations/model.json} right after an edit), refuses unless the database is at the head,
 * prints each {@code Detected …} change and warning, and writes nothing when there is no change. With
 * {@code against=scripts} it compares with the revision scripts replayed into a shadow database, so no database is
 * needed; the new revision follows the scripts' head.
 *
 * <p>Examples: {@code mvn migrations:revision -Dmigrations.message="add email"}; {@code mvn migrations:revision
 * -Dmigrations.autogenerate -Dmigrations.message="add phone"}; {@code mvn migrations:revision
 * -Dmigrations.autogenerate -Dmigrations.against=scripts -Dmigrations.message="add phone"};
 * {@code mvn migrations:revision -Dmigrations.message="start over" -Dmigrations.head=base}.
 */
@Mojo(name = "revision", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class RevisionMojo extends AbstractMigrationsMojo {

    /** What the revision does; it also names the file. Required. */
    @Parameter(property = "migrations.message")
    String message;

    /** The parent of the new revision: head, base, or a revision id or unique prefix. */
    @Parameter(property = "migrations.head", defaultValue = "head")
    String head;

    /** An explicit revision id (12 lowercase hex characters) instead of a random one. */
    @Parameter(property = "migrations.revId")
    String revId;

    /** Fills the script from the difference between the entity model and the database. */
    @Parameter(property = "migrations.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /**
     * Tables autogenerate leaves alone: a Java regular expression matched against the whole table name without
     * regard to case ({@code legacy_.*|audit_log}).
     */
    @Parameter(property = "migrations.exclude")
    String exclude;

    /**
     * Warning codes that fail the goal instead of only being reported, for CI: codes ({@code DS102}), families
     * ({@code DS}, {@code DD}, {@code BC}, {@code RN}, {@code NM}) or {@code all}, comma-separated.
     */
    @Parameter(property = "migrations.failOn")
    String failOn;

    /**
     * What the entity model is compared with: {@code database} (the configured database, which must be at the
     * head) or {@code scripts} (the revision scripts replayed into a shadow database; the configured database is
     * never connected to, so CI and production builds need none).
     */
    @Parameter(property = "migrations.against", defaultValue = "database")
    String against;

    /**
     * With {@code against=scripts}: the JDBC URL of an empty database of the same kind to replay the scripts into,
     * instead of the automatic one (a temporary SQLite file or H2 in-memory database, or a temporary database on
     * the same PostgreSQL or MariaDB server). Required for the other databases. Never printed unmasked.
     */
    @Parameter(property = "migrations.shadowUrl")
    String shadowUrl;

    /** The compiled classes, where the annotation processor writes META-INF/migrations/model.json. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    @Component
    LifecycleExecutor lifecycleExecutor;

    @Component
    BuildPluginManager pluginManager;

    private boolean generating;

    private ShadowParameters shadow;

    @Override
    DatabaseUse databaseUse() {
        return generating ? DatabaseUse.CONNECT : DatabaseUse.NONE;
    }

    @Override
    void configure(MigrationsBuilder builder) {
        if (shadow != null) {
            shadow.configure(builder);
        }
    }

    @Override
    Goal prepare(CommandLineOverrides overrides) throws MojoFailureException {
        String text = overrides.string("message", message);
        if (text == null || text.isBlank()) {
            throw new MojoFailureException("[CONFIG-106] migrations:revision needs a message, which also names the"
                    + " file: mvn migrations:revision -Dmigrations.message=\"add email\"");
        }
        RevisionRequest request = RevisionRequest.of(text.trim())
                .withHead(overrides.string("head", head))
                .withRevId(blankToNull(overrides.string("revId", revId)));
        List<String> excluded = patterns(overrides.string("exclude", exclude));
        generating = overrides.flag("autogenerate", autogenerate);
        if (!generating) {
            if (!excluded.isEmpty()) {
                getLog().warn("<exclude> applies only to autogenerate; ignored for a hand-written revision");
            }
            // core logs "Generating <file> ... done"
            return migrations -> migrations.revision(request);
        }
        shadow = ShadowParameters.read(overrides, against, shadowUrl);
        ModelSource model = ModelSource.file(modelFile(outputDirectory).toPath());
        String refused = overrides.string("failOn", failOn);
        return migrations -> {
            FailOn codes = FailOn.parse(refused);
            ProjectCompiler.compileIfInvokedDirectly(session, mojoExecution, lifecycleExecutor, pluginManager,
                    getLog());
            // core logs each "Detected …" line, the warnings, and "Generating <file> ... done" or "No changes …"
            migrations.revision(request.withAutogenerate(model).withExclude(excluded).withFailOn(codes));
        };
    }

    static File modelFile(File outputDirectory) {
        return new File(outputDirectory, ModelSource.DEFAULT_RESOURCE);
    }

    /** The exclude pattern as core takes it: none when blank. */
    static List<String> patterns(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
